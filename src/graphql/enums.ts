import { registerEnumType } from 'type-graphql';

/** GraphQL enums are UPPER_CASE; the graph stores lower_case. `toDb`/`fromDb` convert. */
export const toDb = (v: string): string => v.toLowerCase();
export const fromDb = (v: unknown): string | null =>
  typeof v === 'string' ? v.toUpperCase() : null;

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  SIGNED = 'SIGNED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  IN_PRODUCTION = 'IN_PRODUCTION',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description:
    '项目状态 / Project status: 谋划 planned → 签约 signed → 开工/在建 under construction → 投产 in production.',
});

export enum BatchList {
  SIGNED = 'SIGNED',
  STARTED = 'STARTED',
  IN_PRODUCTION = 'IN_PRODUCTION',
}
registerEnumType(BatchList, {
  name: 'BatchList',
  description:
    '“三个一批”名单 / The 三个一批 list: 签约一批 SIGNED, 开工一批 STARTED, 投产一批 IN_PRODUCTION.',
});

export enum Stage {
  UPSTREAM = 'UPSTREAM',
  MIDSTREAM = 'MIDSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}
registerEnumType(Stage, {
  name: 'Stage',
  description:
    '产业链环节位置 / Stage of a chain segment: 上游 upstream, 中游 midstream, 下游 downstream.',
});

export enum EntityKind {
  DISTRICT = 'DISTRICT',
  PARK = 'PARK',
  ENTERPRISE = 'ENTERPRISE',
  PROJECT = 'PROJECT',
  CHAIN = 'CHAIN',
  SEGMENT = 'SEGMENT',
  CLUSTER = 'CLUSTER',
  EVENT = 'EVENT',
}
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: '实体类型 / Kind of a graph entity (for search and grouping).',
});

export const ENTITY_LABEL: Record<EntityKind, string> = {
  DISTRICT: 'District',
  PARK: 'Park',
  ENTERPRISE: 'Enterprise',
  PROJECT: 'Project',
  CHAIN: 'IndustryChain',
  SEGMENT: 'ChainSegment',
  CLUSTER: 'Cluster',
  EVENT: 'Event',
};
export const LABEL_ENTITY: Record<string, EntityKind> = Object.fromEntries(
  Object.entries(ENTITY_LABEL).map(([k, v]) => [v, k as EntityKind]),
);

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向 / Sort direction.',
});

export enum Direction {
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}
registerEnumType(Direction, {
  name: 'Direction',
  description:
    '方向 / Along supply edges: 上游 UPSTREAM (suppliers) or 下游 DOWNSTREAM (customers).',
});
