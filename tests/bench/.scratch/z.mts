import { runSize } from '../size';
console.log(runSize());
