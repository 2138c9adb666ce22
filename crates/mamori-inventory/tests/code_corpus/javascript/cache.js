const LRU = require('lru-cache');

const cache = new LRU({ max: 500 });

function hash(str) {
  let h = 0;
  for (const ch of str) h = (Math.imul(31, h) + ch.charCodeAt(0)) | 0;
  return h;
}

function sendDigest(user, items) {
  const digest = items.map((i) => `- ${i.title}`).join('\n');
  cache.set(`digest:${user.id}:${hash(digest)}`, digest);
  return mailer.send(user.email, 'Your weekly digest', digest);
}

module.exports = { sendDigest, md5Checksum: (pkg) => pkg.dist.integrity };
