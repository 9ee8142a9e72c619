import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ChainResolver, SegmentResolver } from '../modules/chain/chain.resolver.js';
import { ClusterResolver } from '../modules/cluster/cluster.resolver.js';
import { DistrictResolver } from '../modules/district/district.resolver.js';
import { EnterpriseResolver } from '../modules/enterprise/enterprise.resolver.js';
import { BatchListingEventResolver, EventResolver } from '../modules/event/event.resolver.js';
import { FigureResolver } from '../modules/figure/figure.resolver.js';
import { ParkResolver } from '../modules/park/park.resolver.js';
import { BatchListingResolver, ProjectResolver } from '../modules/project/project.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { EvidenceResolver, SourceResolver } from '../modules/source/source.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';
import { SystemResolver } from '../modules/system/system.resolver.js';
import { GapsResolver } from '../modules/gaps/gaps.resolver.js';
import { CandidateResolver } from '../modules/candidates/candidates.resolver.js';
import { LeadersResolver } from '../modules/leaders/leaders.resolver.js';
import { PipelineResolver } from '../modules/pipeline/pipeline.resolver.js';
import { ProfileResolver } from '../modules/profile/profile.resolver.js';
import { TraversalResolver } from '../modules/traversal/traversal.resolver.js';
import { EditsResolver } from '../modules/edits/edits.resolver.js';
import { IngestResolver } from '../modules/ingest/ingest.resolver.js';

/** Every resolver of the API; the order does not matter. */
export const resolvers = [
  SystemResolver,
  DistrictResolver,
  ParkResolver,
  EnterpriseResolver,
  ProjectResolver,
  BatchListingResolver,
  BatchListingEventResolver,
  ChainResolver,
  SegmentResolver,
  ClusterResolver,
  EventResolver,
  FigureResolver,
  SourceResolver,
  EvidenceResolver,
  SearchResolver,
  StatsResolver,
  GapsResolver,
  CandidateResolver,
  LeadersResolver,
  PipelineResolver,
  ProfileResolver,
  TraversalResolver,
  EditsResolver,
  IngestResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers] as unknown as [typeof SystemResolver],
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
