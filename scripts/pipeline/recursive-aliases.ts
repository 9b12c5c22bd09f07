/**
 * A schema whose type reaches itself without passing through an object, like a JSON value
 * (APIs.guru's vercel.com: `EdgeConfigItemValue` is a string, number, boolean, object, or an array
 * of EdgeConfigItemValue), is written by openapi-typescript as a member of `components["schemas"]`
 * whose type mentions `components["schemas"]["EdgeConfigItemValue"][]`. TypeScript resolves an
 * array's element type eagerly there: TS2502 "referenced directly or indirectly in its own type
 * annotation", and the type is `any` behind the pragma. A type alias may refer to itself through
 * an array (TypeScript 3.7), so each such schema's type becomes an exported alias that names
 * itself, and its member points at the alias: the same type, by another way of writing it.
 * Object members (`{ children?: … }`) are resolved lazily and need nothing of this.
 */
import ts from "typescript";

const ALIAS_PREFIX = "Recursive_";

/** `ast` with the self-reaching members of `components["schemas"]` written through aliases; `ast` itself when there are none. */
export function aliasRecursiveSchemas(ast: ts.Node[]): ts.Node[] {
  const componentsIndex = ast.findIndex((node) => ts.isInterfaceDeclaration(node) && node.name.text === "components");
  const components = ast[componentsIndex] as ts.InterfaceDeclaration | undefined;
  const schemas = components?.members.find((member): member is ts.PropertySignature & { type: ts.TypeLiteralNode } => {
    return ts.isPropertySignature(member) && memberName(member) === "schemas" && member.type !== undefined && ts.isTypeLiteralNode(member.type);
  });
  if (components === undefined || schemas === undefined) return ast;
  const members = new Map<string, ts.PropertySignature & { type: ts.TypeNode }>();
  for (const member of schemas.type.members) {
    if (!ts.isPropertySignature(member) || member.type === undefined) continue;
    const name = memberName(member);
    if (name !== undefined) members.set(name, member as ts.PropertySignature & { type: ts.TypeNode });
  }
  const recursive = selfReaching(members);
  if (recursive.size === 0) return ast;
  const aliases = aliasNames(recursive, ast);
  const declarations = [...recursive].map((name) => {
    const type = (members.get(name) as ts.PropertySignature & { type: ts.TypeNode }).type;
    return ts.factory.createTypeAliasDeclaration(
      [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
      aliases.get(name) as string,
      undefined,
      throughAliases(type, aliases),
    );
  });
  const schemaMembers = schemas.type.members.map((member) => {
    const name = ts.isPropertySignature(member) ? memberName(member) : undefined;
    const alias = name === undefined ? undefined : aliases.get(name);
    if (alias === undefined) return member;
    const signature = member as ts.PropertySignature;
    return ts.factory.updatePropertySignature(
      signature,
      signature.modifiers,
      signature.name,
      signature.questionToken,
      ts.factory.createTypeReferenceNode(alias),
    );
  });
  const newSchemas = ts.factory.updatePropertySignature(
    schemas,
    schemas.modifiers,
    schemas.name,
    schemas.questionToken,
    ts.factory.updateTypeLiteralNode(schemas.type, ts.factory.createNodeArray(schemaMembers)),
  );
  const newComponents = ts.factory.updateInterfaceDeclaration(
    components,
    components.modifiers,
    components.name,
    components.typeParameters,
    components.heritageClauses,
    components.members.map((member) => (member === schemas ? newSchemas : member)),
  );
  return [...ast.slice(0, componentsIndex), newComponents, ...declarations, ...ast.slice(componentsIndex + 1)];
}

function memberName(member: ts.PropertySignature): string | undefined {
  const name = member.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
}

/** `N` for `components["schemas"]["N"]`. */
function schemaReference(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const outer = node.objectType;
  if (!ts.isIndexedAccessTypeNode(outer) || !ts.isTypeReferenceNode(outer.objectType)) return undefined;
  const root = outer.objectType.typeName;
  if (!ts.isIdentifier(root) || root.text !== "components" || literalText(outer.indexType) !== "schemas") return undefined;
  return literalText(node.indexType);
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

/** The schemas `type` mentions where TypeScript resolves them at once: anywhere but inside an object type's members. */
function eagerReferences(type: ts.Node): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeLiteralNode(node) || ts.isMappedTypeNode(node)) return;
    const name = schemaReference(node);
    if (name !== undefined) found.add(name);
    else ts.forEachChild(node, visit);
  };
  visit(type);
  return found;
}

/**
 * The members that reach themselves through eager references, in the order they are declared:
 * those in a strongly connected component of more than one, or with an edge to themselves
 * (Tarjan's algorithm, without recursion: a chain of thousands of schemas is no deeper a stack).
 */
function selfReaching(members: ReadonlyMap<string, { type: ts.TypeNode }>): Set<string> {
  const edges = new Map<string, string[]>();
  for (const [name, member] of members)
    edges.set(
      name,
      [...eagerReferences(member.type)].filter((target) => members.has(target)),
    );
  const index = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const inCycle = new Set<string>();
  for (const root of members.keys()) {
    if (index.has(root)) continue;
    const work: { name: string; next: number }[] = [{ name: root, next: 0 }];
    index.set(root, index.size);
    lowlink.set(root, index.get(root) as number);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { name: string; next: number };
      const targets = edges.get(frame.name) as string[];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, index.size);
          lowlink.set(target, index.get(target) as number);
          stack.push(target);
          onStack.add(target);
          work.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          lowlink.set(frame.name, Math.min(lowlink.get(frame.name) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) lowlink.set(parent.name, Math.min(lowlink.get(parent.name) as number, lowlink.get(frame.name) as number));
      if (lowlink.get(frame.name) !== index.get(frame.name)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.name);
      if (component.length > 1 || targets.includes(frame.name)) for (const name of component) inCycle.add(name);
    }
  }
  return new Set([...members.keys()].filter((name) => inCycle.has(name)));
}

/** `Recursive_<name as an identifier>`, made unique among the file's top-level names. */
function aliasNames(names: ReadonlySet<string>, ast: ts.Node[]): Map<string, string> {
  const taken = new Set(ast.flatMap((node) => (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) ? [node.name.text] : [])));
  const aliases = new Map<string, string>();
  for (const name of names) {
    const base = `${ALIAS_PREFIX}${name.replace(/[^A-Za-z0-9_$]/g, "_")}`;
    let alias = base;
    for (let suffix = 2; taken.has(alias); suffix++) alias = `${base}_${suffix}`;
    taken.add(alias);
    aliases.set(name, alias);
  }
  return aliases;
}

/** `type` with every `components["schemas"]["N"]` of an aliased N written as the alias. */
function throughAliases(type: ts.TypeNode, aliases: ReadonlyMap<string, string>): ts.TypeNode {
  const [result] = ts.transform(type, [
    (context) => {
      const visit = (node: ts.Node): ts.Node => {
        const name = schemaReference(node);
        const alias = name === undefined ? undefined : aliases.get(name);
        return alias !== undefined ? ts.factory.createTypeReferenceNode(alias) : ts.visitEachChild(node, visit, context);
      };
      return (root) => ts.visitNode(root, visit) as ts.TypeNode;
    },
  ]).transformed;
  return result as ts.TypeNode;
}
