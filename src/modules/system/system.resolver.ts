import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { DatabaseInfo } from './database-info.type.js';
import { databaseInfo } from './system.queries.js';

@Resolver()
export class SystemResolver {
  @Query(() => DatabaseInfo, {
    description: '图数据库版本与连接信息 / Version and connection of the graph database.',
  })
  databaseInfo(@Ctx() ctx: RequestContext): Promise<DatabaseInfo> {
    return databaseInfo(ctx.reader, ctx.embedded);
  }
}
