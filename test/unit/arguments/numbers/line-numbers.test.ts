// Line numbers for a file tool: "line 42" for `line`, both ends of "lines 10 to 40" for `start_line` and `end_line`,
// whichever the schema names first.
import t from 'tap';
import { closedObject as object, readArguments as read } from '../../../helpers/arguments.js';

const line = { type: 'integer', minimum: 1 };

t.test('a line, and a range of lines', async (t) => {
  const path = { type: 'string' };
  t.same(read(object({ path, start_line: line, end_line: line }), 'Show me lines 10 to 40 of src/server.ts'), { path: 'src/server.ts', start_line: 10, end_line: 40 });
  t.same(read(object({ end_line: line, start_line: line }), 'Print lines 7-12 of the log, 3 times'), { end_line: 12, start_line: 7 });
  t.same(read(object({ path, line }), 'Add a comment on line 42 of app.py'), { path: 'app.py', line: 42 });
  t.same(read(object({ from_line: line, to_line: line }), 'Delete rows 3 through 5'), { from_line: 3, to_line: 5 });
});

t.test('a count of lines or rows takes the count, not the line a range starts at', async (t) => {
  const count = { type: 'integer', minimum: 0, maximum: 100000 };
  t.same(read(object({ rows: count }), 'Insert 3 rows at line 10 of the table'), { rows: 3 });
  t.same(read(object({ rows: count }), 'Return 100 rows starting from row 500'), { rows: 100 });
  t.same(read(object({ max_rows: count }), 'Return at most 50 rows, starting after row 10'), { max_rows: 50 });
  t.same(read(object({ lines: count }), 'Show the last 20 lines of line 5 log'), { lines: 20 });
  t.same(read(object({ max_lines: count }), 'Show 20 lines after line 300'), { max_lines: 20 });
  t.same(read(object({ line_count: count }), 'Insert 5 lines at line 12'), { line_count: 5 });
  t.same(read(object({ line_count: count, line }), 'Insert 5 lines at line 12'), { line_count: 5, line: 12 });
  t.same(read(object({ start_line: line, max_lines: count }), 'Show 20 lines after line 300'), { start_line: 300, max_lines: 20 });
  t.same(read(object({ line_number: line }), 'Show 20 lines after line 300'), { line_number: 300 });
  t.same(read(object({ row_index: line }), 'Return 100 rows starting from row 500'), { row_index: 500 });
});
