import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';

const JWT_SECRET = 'dev-secret-change-me';

@Injectable()
export class JwtGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    const token = (req.headers.authorization ?? '').replace('Bearer ', '');
    try {
      req.user = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
      return true;
    } catch {
      throw new UnauthorizedException();
    }
  }
}
