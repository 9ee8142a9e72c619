import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo, type Connection } from './pagination.js';

export interface ConnectionInstance<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/**
 * A Relay connection type for a node type. `totalCount` is a method field: it runs its
 * count query only when a client selects it.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `${name} 列表项 / An edge of a ${name} list.` })
  class Edge {
    @Field(() => String, { description: '游标 / Cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: '节点 / The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${name} 分页列表 / A page of ${name} items.` })
  class Conn implements ConnectionInstance<T> {
    @Field(() => [Edge], { description: '本页各项 / The items of this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: '分页信息 / Page information.' })
    pageInfo!: PageInfo;

    countFn?: () => Promise<number>;

    @Field(() => Int, {
      description:
        '符合条件的总数（仅在请求时计算） / Number of matching items, computed only when asked.',
    })
    async totalCount(): Promise<number> {
      return this.countFn ? this.countFn() : this.edges.length;
    }

    static from(c: Connection<T>): Conn {
      const conn = new Conn();
      conn.edges = c.edges;
      conn.pageInfo = c.pageInfo;
      conn.countFn = c.totalCount;
      return conn;
    }
  }
  return Conn;
}
