// Defaults documented for operators; the TLS proxy in front of us enforces them.
module.exports = {
  port: Number(process.env.PORT || 3000),
  sessionCookie: 'sid',
  docs: {
    tls: 'Terminate TLSv1.2+ at the load balancer; TLSv1 and SSLv3 are refused.',
    hashing: 'Passwords are hashed by the auth service (argon2id); never store sha256(password).',
  },
  cipherPreference: process.env.CIPHER_PREFERENCE,
};
