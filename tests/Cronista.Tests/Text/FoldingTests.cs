using Cronista.Text;

namespace Cronista.Tests.Text;

public class FoldingTests
{
    [Theory]
    [InlineData("Città", "citta")]
    [InlineData("Ñandú", "nandu")]
    [InlineData("Rafaḩ", "rafah")]            // Latin Extended Additional: GeoNames transliterations
    [InlineData("Dayr al Balaḩ", "dayr al balah")]
    [InlineData("Nguyễn", "nguyen")]          // two marks on one letter
    [InlineData("Yiẕhar", "yizhar")]
    [InlineData("Straße", "straße")]          // ß is the stemmers'
    public void FoldsAccentsAndCase(string text, string folded) => Assert.Equal(folded, Folding.Fold(text));
}
