/**
 * Finds APIs that parse text as markup, run text as code, inject scripts or reach the network, by walking the
 * TypeScript syntax tree: comments, strings and object keys that merely name an API do not count, while
 * `el['innerHTML']`, `globalThis.fetch` or `setTimeout('code')` do. Used on the source tree
 * (tests/unit/security-conventions.test.ts) and on the built, minified bundles (tests/e2e/security-bundles.e2e.ts).
 */
import ts from 'typescript';

/** Properties that parse a string as HTML, or write the document. */
export const MARKUP_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'createContextualFragment']);
/** Globals that run a string as code, or reach the network. */
export const FORBIDDEN_GLOBALS = new Set(['eval', 'Function', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'RTCPeerConnection']);
/** Objects through which those globals are also reachable. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);
/** Methods forbidden on any object: beacons, and injecting code into tabs (Verbatim declares its content script). */
export const FORBIDDEN_METHODS = new Set(['sendBeacon', 'executeScript']);

export interface Finding {
  file: string;
  /** 1-based line and column (minified bundles are one long line: use `pos`). */
  line: number;
  column: number;
  /** Offset of the finding in the source text. */
  pos: number;
  api: string;
}

/** Every forbidden API used in `source`. */
export function scanSource(file: string, source: string): Finding[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : file.endsWith('.js') || file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, api: string) => {
    const pos = node.getStart(sf);
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    findings.push({ file, line: line + 1, column: character + 1, pos, api });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      const target = node.expression.getText(sf);
      if (MARKUP_PROPERTIES.has(name)) report(node, name);
      else if (FORBIDDEN_METHODS.has(name)) report(node, name);
      else if ((name === 'write' || name === 'writeln') && /(^|\.)document$/.test(target)) report(node, `document.${name}`);
      else if (FORBIDDEN_GLOBALS.has(name) && GLOBAL_OBJECTS.has(target)) report(node, name);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      const name = node.argumentExpression.text;
      if (MARKUP_PROPERTIES.has(name) || FORBIDDEN_METHODS.has(name) || FORBIDDEN_GLOBALS.has(name)) report(node, name);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && isReference(node) && !(node.text === 'Function' && isFunctionMetaUse(node))) {
      report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.name.getText(sf) === 'dangerouslySetInnerHTML') {
      report(node, 'dangerouslySetInnerHTML');
    } else if (ts.isCallExpression(node) && /^(setTimeout|setInterval)$/.test(node.expression.getText(sf).replace(/^(window|globalThis|self)\./, ''))) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) report(node, `${node.expression.getText(sf)}(string)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

/**
 * `Function.prototype…`, `Function.call.bind(…)`, `x instanceof Function`: uses of the constructor's members or
 * identity that never compile a string (webextension-polyfill has `Function.call.bind(hasOwnProperty)`).
 */
function isFunctionMetaUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return true;
  return ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && parent.right === node;
}

/** An identifier that refers to a variable (not a property name, key, or declaration of our own). */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent)) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) && parent.name === node) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isTypeQueryNode(parent)) return false;
  return true;
}

