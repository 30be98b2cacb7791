/**
 * Where the platform's subgraphs answer (their GraphQL URLs), for the internal calls between them.
 * Deployed alone, each process reads its peers from its settings; started in one process (`npm
 * start`, the tests) on free ports, each URL is filled in once that subgraph listens, and readers
 * look it up at call time.
 */
export interface PeerUrls {
  members?: string;
  ledger?: string;
  communications?: string;
  offers?: string;
}
