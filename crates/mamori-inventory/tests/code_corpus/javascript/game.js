class Cipher {
  constructor(shift) {
    this.shift = shift;
  }

  update(text) {
    return text.replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + this.shift) % 26)));
  }
}

const cipher = new Cipher(3);
console.log(cipher.update('attack at dawn'));
module.exports = Cipher;
