const db = require('./db');

async function weakKeys(minBits) {
  const sql = "SELECT host, algorithm FROM keys WHERE algorithm = 'RSA' AND bits < " + Number(minBits) +
    " OR algorithm IN ('DES', 'RC4', 'SHA1')";
  const rows = await db.query(sql);
  return rows.map((r) => `${r.host}: ${r.algorithm}`);
}

module.exports = { weakKeys };
