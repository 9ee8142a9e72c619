import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../src/db/errors.js';
import { AppError } from '../../src/errors/app-error.js';

const driverError = (code: string, message = 'driver text that must not leak: bolt://10.0.0.7') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('mapDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
    ['SessionExpired', 'DATABASE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'DATABASE_UNAVAILABLE'],
    ['Neo.TransientError.Cluster.NotALeader', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'DATABASE_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'DATABASE_TIMEOUT'],
    ['Neo.TransientError.Transaction.TransactionTerminated', 'DATABASE_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'DATABASE_CONSTRAINT'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'DATABASE_MEMORY_LIMIT'],
  ])('%s → %s, naming the statement and no driver text', (driverCode, code) => {
    const mapped = mapDriverError(driverError(driverCode), 'project/list');
    expect(mapped).toBeInstanceOf(AppError);
    const e = mapped as AppError;
    expect(e.extensions).toMatchObject({ code, query: 'project/list' });
    expect(e.message).not.toMatch(/driver text|bolt:|10\.0\.0\.7/);
  });

  it('names the label and property of a violated uniqueness rule, not the driver message', () => {
    const e = mapDriverError(
      driverError(
        'Neo.ClientError.Schema.ConstraintValidationFailed',
        "Node(12) already exists with label `Enterprise` and property `id` = 'byd-zz'",
      ),
      'dataset/upsert-enterprise',
    ) as AppError;
    expect(e.message).toBe('A uniqueness rule of the graph was violated (Enterprise.id).');
  });

  it('passes unknown failures through (they are masked as INTERNAL_SERVER_ERROR later)', () => {
    const other = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(other, 'x/y')).toBe(other);
    const plain = new Error('boom');
    expect(mapDriverError(plain, 'x/y')).toBe(plain);
  });
});
