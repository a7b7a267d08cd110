using System.Globalization;
using System.Text;
using Cronista.Text;

namespace Cronista.Tests.Text;

public class NfcTests
{
    private static string FromHex(string hex) =>
        string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    /// <summary>Every canonically decomposable character (composed and decomposed), Hangul, and random mark sequences,
    /// against Python's unicodedata.normalize (TestData/text/nfc-reference.txt).</summary>
    [Fact]
    public void MatchesReferenceImplementation()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "text", "nfc-reference.txt");
        var failures = new List<string>();
        int count = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            string input = FromHex(parts[0]), expected = FromHex(parts[1]);
            var actual = Nfc.Normalize(input);
            count++;
            if (actual != expected && failures.Count < 10)
                failures.Add($"{parts[0]} → expected {parts[1]}, got {string.Join(' ', actual.EnumerateRunes().Select(r => r.Value.ToString("X")))}");
        }
        Assert.True(count > 5000, $"only {count} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void ReturnsSameInstanceWhenAlreadyNormalized()
    {
        var s = "Kim Jong-un è già a Mosca: «ÀÉÎÕÜ» ñ ç ß";
        Assert.Same(s, Nfc.Normalize(s));
    }

    [Fact]
    public void ComposesCommonDecomposedLatin()
    {
        var decomposed = "citta\u0300 perche\u0301 Espan\u0303a Franc\u0327ois".Normalize(NormalizationForm.FormD);
        Assert.Equal("città perché España François", Nfc.Normalize(decomposed));
    }
}
