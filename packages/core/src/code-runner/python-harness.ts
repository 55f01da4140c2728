/**
 * The Python harness: source run inside Pyodide (in its sandboxed child process) before the
 * candidate's code. It defines `ListNode`/`TreeNode` and the `typing` names LeetCode-style
 * signatures use, and `__coach_load(code, entry_json)` / `__coach_run(request_json)` which
 * return JSON text:
 * - load: `{"ok": true}` or `{"ok": false, "message", "line"}` (syntax error, missing name);
 * - run: `{"status": "ok", "actual", "stdout"}`, or `status` `error` / `timeout` /
 *   `memory_limit` with `error` naming the type, message and line in `solution.py`.
 *
 * A `KeyboardInterrupt` is how the child process stops a case that ran out of CPU time.
 */
export const PYTHON_HARNESS = String.raw`
import io as __coach_io
import json as __coach_json
import sys as __coach_sys

def __coach_setup():
    MAX_OUTPUT = 4000

    class ListNode:
        def __init__(self, val=0, next=None):
            self.val = val
            self.next = next

    class TreeNode:
        def __init__(self, val=0, left=None, right=None):
            self.val = val
            self.left = left
            self.right = right

    class Output(__coach_io.TextIOBase):
        def __init__(self):
            self.parts = []
            self.size = 0
            self.truncated = False
        def write(self, text):
            if self.truncated:
                return len(text)
            self.parts.append(text)
            self.size += len(text)
            if self.size > MAX_OUTPUT:
                self.truncated = True
            return len(text)
        def text(self):
            joined = ''.join(self.parts)
            if self.truncated:
                return joined[:MAX_OUTPUT] + '\n… (output truncated)'
            return joined

    def build_list(values):
        head = None
        for value in reversed(values or []):
            head = ListNode(value, head)
        return head

    def build_cycle(plain):
        nodes = [ListNode(value) for value in plain['values']]
        for a, b in zip(nodes, nodes[1:]):
            a.next = b
        pos = plain.get('pos', -1)
        if nodes and 0 <= pos < len(nodes):
            nodes[-1].next = nodes[pos]
        return nodes[0] if nodes else None

    def build_tree(levels):
        if not levels or levels[0] is None:
            return None
        root = TreeNode(levels[0])
        queue = [root]
        head = 0
        i = 1
        while head < len(queue) and i < len(levels):
            node = queue[head]
            head += 1
            if i < len(levels) and levels[i] is not None:
                node.left = TreeNode(levels[i])
                queue.append(node.left)
            i += 1
            if i < len(levels) and levels[i] is not None:
                node.right = TreeNode(levels[i])
                queue.append(node.right)
            i += 1
        return root

    def from_plain(kind, value):
        if kind == 'linked-list':
            return build_list(value)
        if kind == 'linked-list-cycle':
            return build_cycle(value)
        if kind == 'tree':
            return build_tree(value)
        if kind == 'list-of-linked-lists':
            return [build_list(item) for item in (value or [])]
        return value

    def list_to_array(head):
        values = []
        seen = set()
        node = head
        while node is not None:
            if id(node) in seen:
                raise ValueError('the returned linked list has a cycle')
            seen.add(id(node))
            values.append(node.val)
            node = node.next
        return values

    def cycle_to_plain(head):
        values = []
        index = {}
        node = head
        while node is not None:
            if id(node) in index:
                return {'values': values, 'pos': index[id(node)]}
            index[id(node)] = len(values)
            values.append(node.val)
            node = node.next
        return {'values': values, 'pos': -1}

    def tree_to_array(root):
        levels = []
        seen = set()
        queue = [root]
        head = 0
        while head < len(queue):
            node = queue[head]
            head += 1
            if node is None:
                levels.append(None)
                continue
            if id(node) in seen:
                raise ValueError('the returned tree has a cycle')
            seen.add(id(node))
            levels.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
        while levels and levels[-1] is None:
            levels.pop()
        return levels

    def to_plain(kind, value):
        if kind == 'linked-list':
            return list_to_array(value)
        if kind == 'linked-list-cycle':
            return cycle_to_plain(value)
        if kind == 'tree':
            return tree_to_array(value)
        if kind == 'list-of-linked-lists':
            return [list_to_array(item) for item in (value or [])]
        return value

    def jsonable(value):
        if isinstance(value, (tuple, set, frozenset)):
            return [jsonable(item) for item in value]
        if isinstance(value, list):
            return [jsonable(item) for item in value]
        if isinstance(value, dict):
            return {str(key): jsonable(item) for key, item in value.items()}
        return value

    def line_of(error):
        # Walks the frames directly: traceback.extract_tb reads source lines for every frame,
        # far too slow after a RecursionError a thousand frames deep.
        line = None
        tb = error.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == 'solution.py':
                line = tb.tb_lineno
            tb = tb.tb_next
        if line is None and isinstance(error, SyntaxError) and error.filename == 'solution.py':
            line = error.lineno
        return line

    def describe(error):
        line = line_of(error)
        text = type(error).__name__ + ': ' + str(error)
        return text + (' (line ' + str(line) + ')' if line is not None else ''), line

    namespace = {'__name__': '__main__', 'ListNode': ListNode, 'TreeNode': TreeNode}
    exec('from typing import *', namespace)

    def lookup(name, what):
        value = namespace.get(name)
        if not callable(value):
            raise NameError('the code does not define ' + what + ' ' + name)
        return value

    def load(code, entry_text):
        entry = __coach_json.loads(entry_text)
        output = Output()
        previous = __coach_sys.stdout
        __coach_sys.stdout = output
        try:
            exec(compile(code, 'solution.py', 'exec'), namespace)
            if entry['kind'] == 'function':
                lookup(entry['name'], 'function')
            elif entry['kind'] == 'class':
                lookup(entry['name'], 'class')
            else:
                lookup(entry['encode'], 'function')
                lookup(entry['decode'], 'function')
            return __coach_json.dumps({'ok': True})
        except BaseException as error:
            message, line = describe(error)
            return __coach_json.dumps({'ok': False, 'message': message, 'line': line, 'interrupted': isinstance(error, KeyboardInterrupt)})
        finally:
            __coach_sys.stdout = previous

    def call(entry, args):
        if entry['kind'] == 'function':
            fn = lookup(entry['name'], 'function')
            parameters = entry['parameters']
            built = [from_plain(parameters[i]['kind'] if i < len(parameters) else 'json', arg) for i, arg in enumerate(args)]
            returned = fn(*built)
            index = entry.get('resultArgument')
            if index is not None:
                return to_plain(parameters[index]['kind'], built[index])
            return to_plain(entry['returns'], returned)
        if entry['kind'] == 'class':
            cls = lookup(entry['name'], 'class')
            operations, argument_lists = args[0], args[1]
            instance = None
            results = []
            for i, operation in enumerate(operations):
                call_args = argument_lists[i] if i < len(argument_lists) else []
                if i == 0:
                    instance = cls(*call_args)
                    results.append(None)
                    continue
                method = getattr(instance, entry['methods'].get(operation, operation))
                results.append(method(*call_args))
            return results
        encode = lookup(entry['encode'], 'function')
        decode = lookup(entry['decode'], 'function')
        return to_plain(entry['value'], decode(encode(from_plain(entry['value'], args[0]))))

    def run(request_text):
        request = __coach_json.loads(request_text)
        output = Output()
        previous = __coach_sys.stdout
        __coach_sys.stdout = output
        try:
            actual = jsonable(call(request['entry'], request['args']))
            text = __coach_json.dumps({'status': 'ok', 'actual': actual, 'stdout': output.text()}, allow_nan=True)
            return text
        except KeyboardInterrupt:
            return __coach_json.dumps({'status': 'timeout', 'error': 'the case ran out of time', 'stdout': output.text()})
        except (MemoryError, RecursionError) as error:
            message, _ = describe(error)
            status = 'memory_limit' if isinstance(error, MemoryError) else 'error'
            return __coach_json.dumps({'status': status, 'error': message, 'stdout': output.text()})
        except BaseException as error:
            message, _ = describe(error)
            return __coach_json.dumps({'status': 'error', 'error': message, 'stdout': output.text()})
        finally:
            __coach_sys.stdout = previous

    return load, run

__coach_load, __coach_run = __coach_setup()
del __coach_setup
`;
