using iText.Kernel.Pdf;
using iText.Signatures;

namespace Acme.Documents
{
    public static class PdfReport
    {
        // Lists who signed a PDF; the SHA256/RSA details are read by another service.
        public static void PrintSigners(string path)
        {
            using var pdf = new PdfDocument(new PdfReader(path));
            var util = new SignatureUtil(pdf);
            foreach (var name in util.GetSignatureNames())
            {
                var signature = util.GetSignature(name);
                System.Console.WriteLine($"{name}: {signature.GetReason()} ({signature.GetLocation()})");
            }
        }
    }
}
