namespace Funhouse.Puzzles
{
    public class Cipher
    {
        private readonly int _shift;
        public Cipher(int shift) => _shift = shift;

        public string Encode(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
                if (char.IsLower(chars[i])) chars[i] = (char)('a' + (chars[i] - 'a' + _shift) % 26);
            return new string(chars);
        }

        public static string Demo() => new Cipher(3).Encode("attack at dawn");
    }
}
