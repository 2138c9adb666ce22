#include <functional>
#include <string>
#include <unordered_map>

struct Cipher {  // a cipher wheel in the puzzle game
    int shift = 3;
    char Encode(char c) const { return static_cast<char>('a' + (c - 'a' + shift) % 26); }
};

class Registry {
public:
    void Put(const std::string& key, int value) { map_[key] = value; }
    std::size_t Hash(const std::string& key) const { return std::hash<std::string>{}(key); }

private:
    std::unordered_map<std::string, int> map_;
};
