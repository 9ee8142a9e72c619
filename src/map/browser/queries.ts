// Plain strings and types, no DOM: the server's warm-up (src/server/warm-up.ts) runs them too.
export const PICKERS = `{
  chains { id name aliases }
  districts { id name aliases }
  parks { id name aliases }
  events { period }
}`;

export const MAP = `query ChainMap($chain: String!, $region: String!, $period: Int) {
  chainMap(chain: $chain, region: $region, options: { asOfPeriod: $period }) {
    chain { id name aliases }
    region { id name aliases }
    coverage { hasChainData firms chainFirms chainProjects notes }
    completeness { present weak pipelineOnly missing unknown weighted segmentCoverage }
    nodes {
      segment { id name aliases }
      stage order inChain gapClass gapClassLabel
      firmCount leaderCount leadingCount presenceScore investmentYi
      projectsByStatus { planned signed underConstruction inProduction unknown }
      reasons
    }
    links { source target crossChain }
    extensionPoints { segment { id } via { id name aliases } direction crossChain gapClass }
  }
}`;

export const PANEL = `query Segment($region: String!, $segment: String!, $gap: Boolean!) {
  enterprises(filter: { region: $region, segment: $segment }, first: 20) {
    totalCount
    edges { node { id name tags leaderOf { chain { name } } } }
  }
  projects(filter: { region: $region, segment: $segment }, first: 20, orderBy: { field: INVESTMENT, direction: DESC }) {
    totalCount
    edges { node { id name effectiveStatus totalInvestmentYi } }
  }
  fillCandidates(region: $region, segment: $segment, first: 10) @include(if: $gap) {
    id name revenueYi reasons
    score { total leader scale links expansion evidenceShare }
    paths { nodes { id kind name } relationships }
  }
}`;

/** The API's gap classes (GapClass). */
export type GapClass = 'PRESENT' | 'WEAK' | 'PIPELINE_ONLY' | 'MISSING' | 'UNKNOWN';

export interface Named {
  id: string;
  name: string;
  aliases?: string[];
}

export interface MapNode {
  segment: Named;
  stage: 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
  order: number | null;
  inChain: boolean;
  gapClass: GapClass;
  gapClassLabel: string;
  firmCount: number;
  leaderCount: number;
  leadingCount: number;
  presenceScore: number;
  investmentYi: number | null;
  projectsByStatus: Record<string, number>;
  reasons: string[];
}

export interface ChainMapAnswer {
  chainMap: {
    chain: Named;
    region: Named;
    coverage: {
      hasChainData: boolean;
      firms: number;
      chainFirms: number;
      chainProjects: number;
      notes: string[];
    };
    completeness: Record<string, number | null>;
    nodes: MapNode[];
    links: { source: string; target: string; crossChain: boolean }[];
    extensionPoints: {
      segment: { id: string };
      via: Named;
      direction: 'UPSTREAM' | 'DOWNSTREAM';
      crossChain: boolean;
      gapClass: MapNode['gapClass'];
    }[];
  };
}

export interface PanelAnswer {
  enterprises: {
    totalCount: number;
    edges: { node: { id: string; name: string; tags: string[]; leaderOf: unknown[] } }[];
  };
  projects: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        name: string;
        effectiveStatus: string | null;
        totalInvestmentYi: number | null;
      };
    }[];
  };
  fillCandidates?: {
    id: string;
    name: string;
    reasons: string[];
    score: Record<string, number | null>;
    paths: {
      nodes: { id: string; kind: string; name: string | null }[];
      relationships: string[];
    }[];
  }[];
}

export const COMPARE = `query Compare($chain: String!, $regions: [String!]!, $period: Int) {
  chainGaps(chain: $chain, regions: $regions, options: { asOfPeriod: $period }) {
    region { id name aliases }
    coverage { hasChainData chainFirms chainProjects comparable }
    completeness { weighted }
    segments { segment { id name aliases } inChain gapClass gapClassLabel firmCount }
  }
}`;

export interface CompareAnswer {
  chainGaps: {
    region: Named;
    coverage: {
      hasChainData: boolean;
      chainFirms: number;
      chainProjects: number;
      comparable: boolean;
    };
    completeness: { weighted: number | null };
    segments: {
      segment: Named;
      inChain: boolean;
      gapClass: GapClass;
      gapClassLabel: string;
      firmCount: number;
    }[];
  }[];
}

const GROUP = 'key name projectCount totalInvestmentYi investmentKnownCount';

/**
 * The region dashboard, for a district (region) or a park: one request; the completeness per chain
 * is one analysis for all chains on the server. Parks have no chain analysis or clusters.
 */
export function dashboardQuery(park: boolean): string {
  const where = park ? '{ park: $place }' : '{ region: $place }';
  return `query Dashboard($place: String!, $name: String!) {
  ${park ? 'park(name: $name) { id name aliases district { name } }' : 'district(name: $name) { id name aliases level parent { name } }'}
  byStatus: projectStats(filter: ${where}, groupBy: STATUS) { ${GROUP} }
  byChain: projectStats(filter: ${where}, groupBy: CHAIN) { ${GROUP} }
  byCluster: projectStats(filter: ${where}, groupBy: CLUSTER) { ${GROUP} }
  pipeline(filter: ${where}) {
    period date districtName signed started inProduction
    statedSigned statedStarted statedInProduction
    signedInvestmentYi startedInvestmentYi inProductionInvestmentYi
  }${
    park
      ? ''
      : `
  regionChains(region: $place) {
    chain { id name aliases }
    completeness { present weak pipelineOnly missing unknown weighted segmentCoverage }
    dataCoverage { hasChainData chainFirms chainProjects }
  }
  clusters(region: $place) { id name aliases kind chains { id name aliases } }`
  }
}`;
}

export interface Group {
  key: string;
  name: string | null;
  projectCount: number;
  totalInvestmentYi: number | null;
  investmentKnownCount: number;
}

export interface DashboardAnswer {
  district?: (Named & { level: string; parent: { name: string } | null }) | null;
  park?: (Named & { district: { name: string } | null }) | null;
  byStatus: Group[];
  byChain: Group[];
  byCluster: Group[];
  pipeline: {
    period: number | null;
    date: string | null;
    districtName: string | null;
    signed: number;
    started: number;
    inProduction: number;
    statedSigned: number | null;
    statedStarted: number | null;
    statedInProduction: number | null;
    signedInvestmentYi: number | null;
    startedInvestmentYi: number | null;
    inProductionInvestmentYi: number | null;
  }[];
  regionChains?: {
    chain: Named;
    completeness: Record<string, number | null>;
    dataCoverage: { hasChainData: boolean; chainFirms: number; chainProjects: number };
  }[];
  clusters?: (Named & { kind: string; chains: Named[] })[];
}
