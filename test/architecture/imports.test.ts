import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const scriptsRoot = path.resolve(__dirname, '../../scripts');

/** Every module below scripts/, relative to it, with forward slashes. */
function modules(dir = scriptsRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return modules(full);
    return entry.name.endsWith('.ts') ? [path.relative(scriptsRoot, full).split(path.sep).join('/')] : [];
  });
}

/** Static, type-only and dynamic imports of one module that name another module of scripts/. */
function importsOf(module: string): string[] {
  const text = readFileSync(path.join(scriptsRoot, module), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/g), ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(module), specifier)).replace(/\.js$/, '.ts'));
}

const graph = new Map(modules().map((module) => [module, importsOf(module)]));

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const isCli = (module: string) => module === 'cli.ts' || module.startsWith('cli/');

/** Imports that reach up: into the CLI from below it, or into commands/ from below them. */
function layerBreaches(): string[] {
  return [...graph].flatMap(([module, imports]) =>
    imports
      .filter((target) => (isCli(target) && !isCli(module)) || (target.startsWith('commands/') && !isCli(module) && !module.startsWith('commands/')))
      .map((target) => `${module} -> ${target}`),
  );
}

const isBase = (module: string) => /^(core|util|xml)\//.test(module);

/** Imports from the base layers (core/, util/, xml/) into anything above them. */
function baseBreaches(): string[] {
  return [...graph].flatMap(([module, imports]) => (isBase(module) ? imports.filter((target) => !isBase(target)).map((target) => `${module} -> ${target}`) : []));
}

describe('import structure of scripts/', () => {
  it('reads the modules and their imports', () => {
    expect(graph.size).to.be.greaterThan(100);
    expect(graph.get('cli/main.ts')).to.include('config.ts');
    expect(graph.get('parallel/run-in-parts.ts')).to.include('pipeline/tasks.ts');
  });

  it('has no import cycle', () => {
    expect(cycles()).to.deep.equal([]);
  });

  it('imports the CLI layer only from the CLI, and commands only from the CLI and other commands', () => {
    expect(layerBreaches()).to.deep.equal([]);
  });

  it('core/, util/ and xml/ import only from each other', () => {
    expect(graph.has('util/atomic-write.ts') && graph.has('xml/escape.ts')).to.equal(true);
    expect(baseBreaches()).to.deep.equal([]);
  });

  it('finds a cycle and a layer breach when there is one (the checks can fail)', () => {
    graph.set('fake/a.ts', ['fake/b.ts', 'cli/print.ts']);
    graph.set('fake/b.ts', ['fake/a.ts']);
    graph.set('xml/fake.ts', ['core/errors.ts', 'xliff/model.ts']);
    try {
      expect(cycles()).to.deep.include(['fake/a.ts', 'fake/b.ts']);
      expect(layerBreaches()).to.deep.equal(['fake/a.ts -> cli/print.ts']);
      expect(baseBreaches()).to.deep.equal(['xml/fake.ts -> xliff/model.ts']);
    } finally {
      graph.delete('fake/a.ts');
      graph.delete('fake/b.ts');
      graph.delete('xml/fake.ts');
    }
  });
});
