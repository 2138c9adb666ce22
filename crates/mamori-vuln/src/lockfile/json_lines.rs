//! Lines of JSON members, which serde_json's value tree does not keep: a light scan over the
//! (already validated) text records the line of each object key and array element by path.

use std::collections::HashMap;

/// Lines by path; a path is its keys (array indexes as decimal) joined with `\u{1f}`.
#[derive(Debug, Default)]
pub(crate) struct JsonLines(HashMap<String, u32>);

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

impl JsonLines {
    /// Scans `text`, recording paths up to `max_depth` components deep.
    pub(crate) fn scan(text: &str, max_depth: usize) -> Self {
        let bytes = text.as_bytes();
        let mut map = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut line: u32 = 1;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'\n' => line = line.saturating_add(1),
                b'"' => {
                    let start = i + 1;
                    let mut j = start;
                    while j < bytes.len() && bytes[j] != b'"' {
                        if bytes[j] == b'\\' {
                            j += 1;
                        }
                        if j < bytes.len() && bytes[j] == b'\n' {
                            line = line.saturating_add(1);
                        }
                        j += 1;
                    }
                    let s = text.get(start..j.min(bytes.len())).unwrap_or("");
                    let mut string = Some(unescape(s));
                    i = j + 1;
                    // A string followed by ':' is a key.
                    let mut k = i;
                    while k < bytes.len() && bytes[k].is_ascii_whitespace() {
                        k += 1;
                    }
                    if k < bytes.len()
                        && bytes[k] == b':'
                        && let Some(Frame::Object { key }) = stack.last_mut()
                    {
                        *key = string.take();
                        if stack.len() <= max_depth {
                            map.insert(path_of(&stack), line);
                        }
                    } else {
                        element(&mut stack, &mut map, line, max_depth);
                    }
                    continue;
                }
                b'{' | b'[' => {
                    element(&mut stack, &mut map, line, max_depth);
                    stack.push(if b == b'{' {
                        Frame::Object { key: None }
                    } else {
                        Frame::Array { index: usize::MAX }
                    });
                }
                b'}' | b']' => {
                    stack.pop();
                }
                b' ' | b'\t' | b'\r' | b':' | b',' => {}
                _ => {
                    // A bare scalar (number, true, false, null): one element; skip the rest of it.
                    element(&mut stack, &mut map, line, max_depth);
                    while i + 1 < bytes.len()
                        && !matches!(bytes[i + 1], b',' | b'}' | b']' | b'\n' | b' ')
                    {
                        i += 1;
                    }
                }
            }
            i += 1;
        }
        JsonLines(map)
    }

    /// Line of the member at `path`.
    pub(crate) fn line(&self, path: &[&str]) -> Option<u32> {
        self.0.get(&path.join("\u{1f}")).copied()
    }
}

/// A value starts: inside an array it is the next element, whose line is recorded.
fn element(stack: &mut [Frame], map: &mut HashMap<String, u32>, line: u32, max_depth: usize) {
    if let Some(Frame::Array { index }) = stack.last_mut() {
        *index = index.wrapping_add(1);
        if stack.len() <= max_depth {
            map.insert(path_of(stack), line);
        }
    }
}

fn path_of(stack: &[Frame]) -> String {
    let mut out = String::new();
    for (n, f) in stack.iter().enumerate() {
        if n > 0 {
            out.push('\u{1f}');
        }
        match f {
            Frame::Object { key } => out.push_str(key.as_deref().unwrap_or("")),
            Frame::Array { index } => out.push_str(&index.to_string()),
        }
    }
    out
}

fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_string();
    }
    serde_json::from_str::<String>(&format!("\"{s}\"")).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_elements_get_their_lines() {
        let text = "{\n \"a\": {\n  \"b\": 1,\n  \"c\": [\n   {\"x\": 2},\n   3\n  ]\n }\n}";
        let l = JsonLines::scan(text, 8);
        assert_eq!(l.line(&["a"]), Some(2));
        assert_eq!(l.line(&["a", "b"]), Some(3));
        assert_eq!(l.line(&["a", "c", "0"]), Some(5));
        assert_eq!(l.line(&["a", "c", "0", "x"]), Some(5));
        assert_eq!(l.line(&["a", "c", "1"]), Some(6));
    }
}
