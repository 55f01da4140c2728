/**
 * The JavaScript harness: plain ES2020 source evaluated inside the sandbox (QuickJS) before
 * the candidate's code. It defines `ListNode`/`TreeNode`, captures `console` output, and
 * exposes three globals the adapter calls with JSON text:
 * - `__coachCheck(entry)` throws when the code does not define what the entry names;
 * - `__coachRun({ entry, args })` builds the arguments, calls the candidate's code and returns
 *   `JSON.stringify({ actual })` with data structures serialised back to plain form;
 * - `__coachOutput()` returns (and clears) what the code printed, truncated.
 *
 * It never reaches the host: the sandbox has no host functions at all, so the candidate's
 * code cannot either. Errors propagate with QuickJS stacks naming `solution.js:<line>`.
 */
export const JAVASCRIPT_HARNESS = String.raw`
(function () {
  'use strict';
  var MAX_OUTPUT = 4000;
  var globalEval = eval;
  var stringify = JSON.stringify;
  var parse = JSON.parse;
  var output = '';
  var truncated = false;

  function format(value) {
    if (typeof value === 'string') return value;
    try {
      var text = stringify(value);
      return text === undefined ? String(value) : text;
    } catch (error) {
      return String(value);
    }
  }
  function write(values) {
    if (truncated) return;
    output += Array.prototype.map.call(values, format).join(' ') + '\n';
    if (output.length > MAX_OUTPUT) {
      output = output.slice(0, MAX_OUTPUT) + '\n… (output truncated)';
      truncated = true;
    }
  }
  var log = function () { write(arguments); };
  globalThis.console = { log: log, info: log, warn: log, error: log, debug: log };

  function ListNode(val, next) {
    this.val = val === undefined ? 0 : val;
    this.next = next === undefined ? null : next;
  }
  function TreeNode(val, left, right) {
    this.val = val === undefined ? 0 : val;
    this.left = left === undefined ? null : left;
    this.right = right === undefined ? null : right;
  }
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;

  function buildList(values) {
    var head = null;
    for (var i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
  }
  function buildCycle(plain) {
    var nodes = plain.values.map(function (value) { return new ListNode(value, null); });
    for (var i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
    if (nodes.length > 0 && plain.pos >= 0 && plain.pos < nodes.length) nodes[nodes.length - 1].next = nodes[plain.pos];
    return nodes.length > 0 ? nodes[0] : null;
  }
  function buildTree(levels) {
    if (!levels || levels.length === 0 || levels[0] === null) return null;
    var root = new TreeNode(levels[0]);
    var queue = [root];
    var head = 0;
    var i = 1;
    while (head < queue.length && i < levels.length) {
      var node = queue[head++];
      if (i < levels.length && levels[i] !== null) { node.left = new TreeNode(levels[i]); queue.push(node.left); }
      i++;
      if (i < levels.length && levels[i] !== null) { node.right = new TreeNode(levels[i]); queue.push(node.right); }
      i++;
    }
    return root;
  }
  function fromPlain(kind, value) {
    switch (kind) {
      case 'linked-list': return buildList(value || []);
      case 'linked-list-cycle': return buildCycle(value);
      case 'tree': return buildTree(value);
      case 'list-of-linked-lists': return (value || []).map(buildList);
      default: return value;
    }
  }

  function listToArray(head) {
    var values = [];
    var seen = new Set();
    for (var node = head; node !== null && node !== undefined; node = node.next) {
      if (seen.has(node)) throw new Error('the returned linked list has a cycle');
      seen.add(node);
      values.push(node.val);
    }
    return values;
  }
  function cycleToPlain(head) {
    var values = [];
    var index = new Map();
    for (var node = head; node !== null && node !== undefined; node = node.next) {
      if (index.has(node)) return { values: values, pos: index.get(node) };
      index.set(node, values.length);
      values.push(node.val);
    }
    return { values: values, pos: -1 };
  }
  function treeToArray(root) {
    var levels = [];
    var seen = new Set();
    var queue = [root === undefined ? null : root];
    for (var head = 0; head < queue.length; head++) {
      var node = queue[head];
      if (node === null || node === undefined) { levels.push(null); continue; }
      if (seen.has(node)) throw new Error('the returned tree has a cycle');
      seen.add(node);
      levels.push(node.val);
      queue.push(node.left === undefined ? null : node.left, node.right === undefined ? null : node.right);
    }
    while (levels.length > 0 && levels[levels.length - 1] === null) levels.pop();
    return levels;
  }
  function toPlain(kind, value) {
    switch (kind) {
      case 'linked-list': return listToArray(value);
      case 'linked-list-cycle': return cycleToPlain(value);
      case 'tree': return treeToArray(value);
      case 'list-of-linked-lists': return (value || []).map(listToArray);
      default: return value === undefined ? null : value;
    }
  }

  function lookup(name, what) {
    var value;
    try {
      value = globalEval(name);
    } catch (error) {
      value = undefined;
    }
    if (typeof value !== 'function') throw new ReferenceError('the code does not define ' + what + ' ' + name);
    return value;
  }
  function check(entry) {
    if (entry.kind === 'function') lookup(entry.name, 'function');
    else if (entry.kind === 'class') lookup(entry.name, 'class');
    else { lookup(entry.encode, 'function'); lookup(entry.decode, 'function'); }
  }

  function run(entry, args) {
    if (entry.kind === 'function') {
      var fn = lookup(entry.name, 'function');
      var built = args.map(function (arg, i) {
        var parameter = entry.parameters[i];
        return fromPlain(parameter ? parameter.kind : 'json', arg);
      });
      var returned = fn.apply(null, built);
      if (typeof entry.resultArgument === 'number') {
        var parameter = entry.parameters[entry.resultArgument];
        return toPlain(parameter ? parameter.kind : 'json', built[entry.resultArgument]);
      }
      return toPlain(entry.returns, returned);
    }
    if (entry.kind === 'class') {
      var Cls = lookup(entry.name, 'class');
      var operations = args[0];
      var argumentLists = args[1];
      var instance = null;
      var results = [];
      for (var i = 0; i < operations.length; i++) {
        var callArgs = argumentLists[i] || [];
        if (i === 0) {
          instance = Reflect.construct(Cls, callArgs);
          results.push(null);
          continue;
        }
        var method = Object.prototype.hasOwnProperty.call(entry.methods, operations[i]) ? entry.methods[operations[i]] : operations[i];
        if (typeof instance[method] !== 'function') throw new TypeError(entry.name + ' has no method ' + method);
        var result = instance[method].apply(instance, callArgs);
        results.push(result === undefined ? null : result);
      }
      return results;
    }
    var encode = lookup(entry.encode, 'function');
    var decode = lookup(entry.decode, 'function');
    return toPlain(entry.value, decode(encode(fromPlain(entry.value, args[0]))));
  }

  globalThis.__coachCheck = function (entryText) { check(parse(entryText)); };
  globalThis.__coachRun = function (requestText) {
    var request = parse(requestText);
    var actual = run(request.entry, request.args);
    var text = stringify({ actual: actual });
    return text === undefined ? '{"actual":null}' : text;
  };
  globalThis.__coachOutput = function () {
    var text = output;
    output = '';
    truncated = false;
    return text;
  };
})();
`;
