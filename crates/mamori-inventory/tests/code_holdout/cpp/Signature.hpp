#pragma once
#include <string>
#include <vector>

// Function signature model for the code indexer (name + parameter types).
// Not related to digital signatures, RSA or ECDSA.
struct Signature {
    std::string name;
    std::vector<std::string> params;
    std::string returnType;

    std::string digest() const {
        std::string d = returnType + " " + name + "(";
        for (const auto& p : params) d += p + ",";
        return d + ")";
    }
};
