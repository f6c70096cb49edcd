/** Example operations opened as tabs on the first visit to the IDE: the questions analysts ask most. */
export interface ExampleTab { query: string; variables?: string }

export const EXAMPLES: ExampleTab[] = [
  {
    query: `# Headline question: who raised digital identity, when, and where is it written?
query DigitalIdentityAcrossMeetings($themeId: ID! = "theme-digital-identity", $lang: Language = EN) {
  themeAcrossMeetings(themeId: $themeId, includeNarrower: true) {
    theme { label(lang: $lang) }
    totalStatements
    representatives {
      representative {
        ... on Jurisdiction { id name(lang: $lang) }
        ... on Organization { id name(lang: $lang) }
      }
      statementCount
      statements {
        speaker { name }
        meeting { date title(lang: $lang) }
        summary(lang: $lang)
        evidence { quote lineStart lineEnd }
      }
    }
  }
}`,
    variables: '{ "themeId": "theme-digital-identity", "lang": "EN" }',
  },
  {
    query: `# Raised in discussion, not presented; stated facts only (inferred ones say why)
query DigitalIdentityInDiscussion($themeId: ID! = "theme-digital-identity") {
  themeAcrossMeetings(themeId: $themeId, statementTypes: [REMARK, QUESTION, ANSWER], basis: STATED) {
    totalStatements
    representatives {
      representative { ... on Jurisdiction { id name } ... on Organization { id name } }
      statements { type basis speaker { name } evidence { quote lineStart lineEnd } }
    }
  }
}`,
  },
  {
    query: `# Follow-up actions still open or under way, open first
query OpenActionItems {
  actionItems(filter: { status: [OPEN, IN_PROGRESS] }, sort: { field: STATUS }, first: 50) {
    totalCount
    nodes {
      number
      status
      text
      dueText
      owners {
        __typename
        ... on Person { personName: name }
        ... on Body { abbreviation }
        ... on Jurisdiction { name }
        ... on Organization { name }
      }
      meeting { date title }
    }
  }
}`,
  },
  {
    query: `# Who represented Ontario (and its municipalities), in which role, at which meeting?
query WhoRepresentedOntario {
  people(filter: { jurisdictionId: "CA-ON" }, first: 50) {
    totalCount
    nodes {
      name
      attendance {
        role
        meeting { date title }
        onBehalfOf { ... on Jurisdiction { name } ... on Organization { name } }
      }
    }
  }
}`,
  },
  {
    query: `# Full-text search, French or English, accents optional
query Search($q: String! = "identite numerique") {
  search(query: $q, lang: FR, first: 10) {
    totalCount
    nodes { kind score snippet entity { id } }
  }
}`,
    variables: '{ "q": "identite numerique" }',
  },
  {
    query: `# How is a person connected to a council?
query Connections {
  connections(fromId: "person-bev-dicks", toId: "body-pscioc", maxHops: 4, first: 5) {
    length
    nodes { id type label }
    edges { from to type }
  }
}`,
  },
];
