const express = require('express');
const jwt = require('jsonwebtoken');

const router = express.Router();
const PRIVATE_KEY = process.env.JWT_PRIVATE_KEY;
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

router.post('/login', async (req, res) => {
  const user = await req.app.locals.users.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  const token = jwt.sign({ sub: user.id }, PRIVATE_KEY, { algorithm: 'ES256', expiresIn: '1h' });
  res.json({ token });
});

router.get('/me', (req, res) => {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['ES256'] });
  res.json(claims);
});

module.exports = router;
