import { Field, ID, InterfaceType } from 'type-graphql';
import { Evidence, ReferenceNote } from '../../graphql/provenance.type.js';

/**
 * The fields every entity of the graph shares. Object types extend this class and declare
 * `implements: Entity`, so the fields (and their descriptions) are written once.
 */
@InterfaceType({
  description:
    '实体 / What every entity of the graph has: an id, a name, aliases, and where it is stated (article spans) or the basis of reference data.',
})
export abstract class Entity {
  @Field(() => ID, {
    description: '编号 / Id: stable, ascii; accepted wherever a name is.',
  })
  id!: string;

  @Field(() => String, { description: '名称 / Name as written in the sources (full name).' })
  name!: string;

  @Field(() => [String], {
    description: '简称与别名 / Short names and aliases; look-ups, filters and search accept them.',
  })
  aliases!: string[];

  @Field(() => [Evidence], {
    description:
      '出处 / Spans in the source articles stating it (source id and character offsets).',
  })
  evidence!: Evidence[];

  @Field(() => ReferenceNote, {
    nullable: true,
    description:
      '参考数据依据 / Set when the record is reference data from public knowledge, with its basis.',
  })
  reference!: ReferenceNote | null;
}
