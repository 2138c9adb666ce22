import SignaturePad from 'signature_pad';

// Canvas signature capture for the delivery app. "signature" here is ink, not crypto.
export function mountSignature(canvas, onDone) {
  const pad = new SignaturePad(canvas, { penColor: '#1a1a1a' });
  document.getElementById('done').addEventListener('click', () => {
    if (pad.isEmpty()) return;
    onDone({ signature: pad.toDataURL('image/png'), strokes: pad.toData().length });
  });
  return pad;
}
