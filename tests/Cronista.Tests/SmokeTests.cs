using Cronista.Model;
using Cronista.Text;

namespace Cronista.Tests;

public class SmokeTests
{
    [Fact]
    public void TokenizerProducesOffsets()
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize("Kim visita Mosca.", tokens);
        Assert.Equal(4, tokens.Count);
        Assert.Equal(4, tokens[1].Start);
    }
}
