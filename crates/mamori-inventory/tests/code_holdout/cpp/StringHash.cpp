#include <functional>
#include <string>
#include <unordered_map>

// Interning table; std::hash is fine here, we only need fast lookups, not SHA-256.
class Interner {
public:
    int intern(const std::string& s) {
        auto [it, inserted] = ids_.try_emplace(s, static_cast<int>(ids_.size()));
        return it->second;
    }
    size_t hashOf(const std::string& s) const { return std::hash<std::string>{}(s); }

private:
    std::unordered_map<std::string, int> ids_;
};
