import type { DocumentPair, Rule } from "../types.js";

/** The servers (base URLs) of the document changed. */
const rule: Rule<DocumentPair> = {
  id: "server-changed",
  level: "info",
  summary: "The servers (base URLs) of the document changed.",
  example: "servers: [https://api.example.com] \u2192 [https://api.example.com/v2]",
  check(pair, report) {
    const before = JSON.stringify(pair.base.servers ?? []);
    const after = JSON.stringify(pair.revision.servers ?? []);
    if (before !== after) report(`servers changed from ${before} to ${after}`, "#/servers");
  },
};

export default rule;
