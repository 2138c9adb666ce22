// Snippets rendered on the documentation site. They are text, never executed.
const EXAMPLES = {
  bad: "crypto.createHash('md5').update(password).digest('hex')",
  alsoBad: `crypto.createCipheriv('aes-128-ecb', key, null)`,
  good: "crypto.createHash('sha256')",
};

function render(name) {
  return `<pre><code>${EXAMPLES[name]}</code></pre>`;
}

module.exports = { EXAMPLES, render };
