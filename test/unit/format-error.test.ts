import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../src/errors/app-error.js';
import { makeFormatError } from '../../src/server/format-error.js';

const format = makeFormatError(pino({ level: 'silent' }));

describe('formatError', () => {
  it('keeps coded public errors', () => {
    const err = new AppError(ErrorCode.BAD_USER_INPUT, 'first: must be ≤ 100', {
      argument: 'first',
    });
    const out = format(
      { message: err.message, extensions: { ...err.extensions, stacktrace: ['x'] } },
      err,
    );
    expect(out).toEqual({
      message: 'first: must be ≤ 100',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('masks everything else', () => {
    const err = new GraphQLError('Neo.ClientError.Statement.SyntaxError near MATCH');
    const out = format({ message: err.message, extensions: { code: 'SOMETHING' } }, err);
    expect(out.message).not.toContain('MATCH');
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
