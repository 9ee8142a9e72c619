import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '图数据库信息 / The graph database this server reads from.' })
export class DatabaseInfo {
  @Field(() => String, { description: '产品名称 / DBMS product name, e.g. "Neo4j Kernel".' })
  name!: string;

  @Field(() => String, { description: '版本 / DBMS version, e.g. "5.26.30".' })
  version!: string;

  @Field(() => String, { description: '版本类型 / Edition: "community" or "enterprise".' })
  edition!: string;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Withheld: the database address is not shown to API users (always null).',
    description: '服务器地址（不对外公开）/ Address of the database server: withheld, always null.',
  })
  address!: string | null;

  @Field(() => String, { description: 'Bolt 协议版本 / Bolt protocol version in use.' })
  protocolVersion!: string;

  @Field(() => Boolean, {
    description: '是否为内嵌数据库 / True when the app runs its own embedded Neo4j.',
  })
  embedded!: boolean;
}
