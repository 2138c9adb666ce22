package com.docs.pdf;

import java.io.File;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

public class PdfSignatureInspector {
    public void print(File pdf) throws Exception {
        try (PDDocument doc = PDDocument.load(pdf)) {
            for (PDSignature signature : doc.getSignatureDictionaries()) {
                System.out.println("Signed by " + signature.getName());
                System.out.println("Filter " + signature.getFilter());
                System.out.println("SubFilter " + signature.getSubFilter());
            }
        }
    }
}
