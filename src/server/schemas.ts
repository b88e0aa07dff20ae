import { Type } from '@sinclair/typebox';
import { ERROR_CODES } from '../contract/error-codes.ts';

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.Union(Object.values(ERROR_CODES).map((c) => Type.Literal(c))),
    message: Type.String(),
    param: Type.Optional(Type.String()),
  }),
}, { $id: 'ErrorResponse' });
