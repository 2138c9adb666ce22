const logger = require('./logger');

const useSha1 = false;

/*
 * Before 3.0 this module did: crypto.createHash('md5').update(body)
 * and crypto.createCipheriv('des-ede3-cbc', key, iv). Both are gone.
 */
function checkLegacy(config) {
  if (config.hash === 'md5' || useSha1) {
    logger.warn('falling back to MD5 is not allowed');
    return false;
  }
  return true;
}

module.exports = { checkLegacy };
