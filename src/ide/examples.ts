/**
 * Example operations preloaded as the IDE's default tabs. Each is one named operation whose
 * first line is a bilingual comment; test/unit/ide-examples.test.ts validates every one against
 * the schema the code builds, so a renamed field fails the build rather than the analyst.
 */
export interface IdeExample {
  /** Shown in docs and tests; GraphiQL titles a tab by its operation name. */
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const ideExamples: IdeExample[] = [
  {
    title: '高新区在建项目 / Projects under construction in the hi-tech zone',
    query: `# 高新区在建项目 / Projects under construction in 高新区 (the hi-tech zone)
query ProjectsUnderConstruction {
  projects(filter: { region: "高新区", status: [UNDER_CONSTRUCTION] }, first: 20) {
    totalCount
    edges {
      node {
        name
        effectiveStatus
        totalInvestmentYi
        district { name }
        enterprises { enterprise { name } role }
        batches { period list event { name date } }
        evidence { source { title } start end }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    title: '新能源汽车产业链各环节企业 / Enterprises of the new-energy-vehicle chain by segment',
    query: `# 新能源汽车产业链各环节企业 / Enterprises of the new-energy-vehicle chain, segment by segment
query ChainSegments {
  chain(name: "新能源汽车") {
    name
    segments {
      order
      segment {
        name
        stage
        enterprises(first: 10) { name district { name } }
      }
    }
  }
}
`,
  },
  {
    title: '园区概况 / A park profile',
    query: `# 园区概况：安图生物体外诊断产业园 / Park profile: the Autobio IVD industrial park
query ParkProfile {
  park(name: "安图生物体外诊断产业园") {
    name
    kind
    district { name }
    enterprises { name tags }
    projects { name effectiveStatus totalInvestmentYi }
  }
}
`,
  },
  {
    title: '搜索企业与项目 / Search enterprises and projects',
    query: `# 搜索企业与项目（名称、简称） / Search enterprises and projects by name or alias
query Search {
  search(text: "比亚迪", first: 10) {
    kind
    score
    node {
      ... on Enterprise { id name aliases }
      ... on Project { id name }
    }
  }
}
`,
  },
  {
    title: '各区项目数与投资额 / Projects and investment by district',
    query: `# 各区项目数与总投资（亿元） / Project count and total investment (100M yuan) by district
query ProjectStatsByDistrict {
  projectStats(groupBy: DISTRICT) {
    key
    name
    projectCount
    totalInvestmentYi
  }
}
`,
  },
  {
    title: '惠济区现代食品产业链缺口 / Gaps of the modern-food chain in 惠济区',
    query: `# 现代食品产业链缺口（补链/强链/延链） / Gaps of the modern-food chain: UNKNOWN, MISSING, PIPELINE_ONLY, WEAK, PRESENT
# 先读 coverage：数据覆盖与可比性 / Read coverage first: what the answer rests on, and whether the regions compare
query ChainGaps {
  chainGaps(chain: "现代食品", regions: ["惠济区", "郑州"]) {
    region { name }
    coverage { chainFirms chainProjects coarseChainFirms comparable notes }
    completeness { share weighted segmentCoverage unknown missing pipelineOnly weak present }
    segments { order segment { name } gapClass gapClassLabel presenceScore firms { name leading leadingBasis } reasons }
    extensionPoints { segment { name } via { name } direction gapClass }
  }
}
`,
  },
  {
    title: '补链招商候选 / Firms that could fill the gaps',
    query: `# 区域外可补链的企业，附评分构成与依据路径 / Outside firms for the gaps, with score breakdown and paths
query FillCandidates {
  fillCandidates(region: "惠济区", chain: "现代食品", first: 5) {
    name
    segments
    score { leader scale links expansion total evidenceShare }
    dossier { headquarters listed henanUnits henanProjects }
    reasons
    paths { nodes { kind name } relationships }
  }
  # 列表答案的数据覆盖 / The coverage a list answer rests on
  analysisCoverage(chain: "现代食品", regions: ["惠济区"]) { coverage { chainFirms chainProjects notes } }
}
`,
  },
  {
    title: '文章审核队列 / The review queue of ingested articles',
    query: `# 文章审核队列：编辑者用 ingestArticle 入库文章后，逐条采纳（acceptCandidate）或驳回（rejectCandidate） / The review queue: after ingestArticle, editors accept (acceptCandidate) or reject (rejectCandidate) each candidate
query ReviewQueue {
  reviewQueue(status: PENDING, first: 50) {
    id
    factKind
    summary
    confidence
    text
    proposal
  }
}
`,
  },
  {
    title: '数据库版本 / Database version',
    query: `# 数据库版本 / Version of the Neo4j database behind the API
query DatabaseInfo {
  databaseInfo { version edition embedded }
}
`,
  },
];
