import { Component, Input } from '@angular/core';

class Cipher {
  constructor(private readonly shift: number) {}
  encode(text: string): string {
    return [...text].map((c) => String.fromCharCode(((c.charCodeAt(0) - 97 + this.shift) % 26) + 97)).join('');
  }
}

@Component({ selector: 'app-cipher', template: '<p>{{ encoded }}</p>' })
export class CipherComponent {
  @Input() text = '';
  get encoded(): string {
    return new Cipher(3).encode(this.text);
  }
}
