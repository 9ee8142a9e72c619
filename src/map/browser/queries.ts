export const PICKERS = `{
  chains { id name }
  districts { id name }
  parks { id name }
  events { period }
}`;

export const MAP = `query ChainMap($chain: String!, $region: String!, $period: Int) {
  chainMap(chain: $chain, region: $region, options: { asOfPeriod: $period }) {
    chain { id name }
    region { id name }
    coverage { hasChainData firms chainFirms chainProjects notes }
    completeness { present weak pipelineOnly missing unknown weighted segmentCoverage }
    nodes {
      segment { id name }
      stage order inChain gapClass gapClassLabel
      firmCount leaderCount leadingCount presenceScore investmentYi
      projectsByStatus { planned signed underConstruction inProduction unknown }
      reasons
    }
    links { source target crossChain }
  }
}`;

export const PANEL = `query Segment($region: String!, $segment: String!) {
  enterprises(filter: { region: $region, segment: $segment }, first: 20) {
    totalCount
    edges { node { id name tags leaderOf { chain { name } } } }
  }
  projects(filter: { region: $region, segment: $segment }, first: 20, orderBy: { field: INVESTMENT, direction: DESC }) {
    totalCount
    edges { node { id name effectiveStatus totalInvestmentYi } }
  }
  fillCandidates(region: $region, segment: $segment, first: 10) {
    id name revenueYi reasons
    score { total leader scale links expansion evidenceShare }
  }
}`;

export interface MapNode {
  segment: { id: string; name: string };
  stage: 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
  order: number | null;
  inChain: boolean;
  gapClass: 'PRESENT' | 'WEAK' | 'PIPELINE_ONLY' | 'MISSING' | 'UNKNOWN';
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
    chain: { id: string; name: string };
    region: { id: string; name: string };
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
  };
}

export const COMPARE = `query Compare($chain: String!, $regions: [String!]!, $period: Int) {
  chainGaps(chain: $chain, regions: $regions, options: { asOfPeriod: $period }) {
    region { id name }
    coverage { hasChainData chainFirms chainProjects comparable }
    completeness { weighted }
    segments { segment { id name } inChain gapClass gapClassLabel firmCount }
  }
}`;

export interface CompareAnswer {
  chainGaps: {
    region: { id: string; name: string };
    coverage: {
      hasChainData: boolean;
      chainFirms: number;
      chainProjects: number;
      comparable: boolean;
    };
    completeness: { weighted: number | null };
    segments: {
      segment: { id: string; name: string };
      inChain: boolean;
      gapClass: keyof typeof import('./classes.js').CLASSES;
      gapClassLabel: string;
      firmCount: number;
    }[];
  }[];
}
