import { Field, ObjectType } from 'type-graphql';
import { Stage } from '../../graphql/enums.js';
import { Entity } from '../entity/entity.type.js';

@ObjectType({
  implements: Entity,
  description:
    '产业链 / An industrial chain: segments ordered upstream → downstream (reference taxonomy).',
})
export class IndustryChain extends Entity {}

@ObjectType({
  implements: Entity,
  description: '产业链环节 / A chain segment (环节); may serve several chains.',
})
export class ChainSegment extends Entity {
  @Field(() => Stage, { description: '位置 / Stage: upstream, midstream or downstream.' })
  stage!: Stage;
}
