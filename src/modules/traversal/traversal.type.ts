import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '路径上的节点 / A node on a justifying graph path.' })
export class PathNode {
  @Field(() => String, {
    description: '类型（图标签） / Kind (graph label), e.g. Enterprise, Project, ChainSegment.',
  })
  kind!: string;
  @Field(() => String, { description: '编号 / Id.' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 / Name.' }) name!: string | null;
}

@ObjectType({
  description: '图路径 / A path in the graph: nodes and the relationship types between them.',
})
export class GraphPath {
  @Field(() => [PathNode], { description: '节点 / Nodes in order.' }) nodes!: PathNode[];
  @Field(() => [String], {
    description: '关系类型 / Relationship types between consecutive nodes.',
  })
  relationships!: string[];
}
