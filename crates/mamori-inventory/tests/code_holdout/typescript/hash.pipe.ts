import { Pipe, PipeTransform } from '@angular/core';

/** Renders "#tag" style hashtags; has nothing to do with hashing (md5/sha...). */
@Pipe({ name: 'hashtag', standalone: true })
export class HashtagPipe implements PipeTransform {
  transform(tags: string[] | null): string {
    return (tags ?? []).map((t) => '#' + t.replace(/\s+/g, '')).join(' ');
  }
}
