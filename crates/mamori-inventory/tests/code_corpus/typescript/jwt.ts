import jwt from 'jsonwebtoken';

export class TokenIssuer {
  constructor(private readonly secret: string) {}

  issue(userId: string, roles: string[]): string {
    return jwt.sign({ sub: userId, roles }, this.secret, { algorithm: 'HS512', expiresIn: '1h' });
  }
}
