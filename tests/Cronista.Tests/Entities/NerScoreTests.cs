using Cronista.Evaluation;

namespace Cronista.Tests.Entities;

/// <summary>conlleval rules on hand-made sequences; expected counts worked out by hand.</summary>
public class NerScoreTests
{
    [Fact]
    public void ChunksFollowConllevalRules()
    {
        // I-X after O opens an entity; a type change inside a run splits it; B-X after I-X starts a new one.
        Assert.Equal([new NerChunk(1, 3, "LOC")], NerScore.Chunks(["O", "I-LOC", "I-LOC"], NerTagScheme.Iob2));
        Assert.Equal([new NerChunk(0, 1, "PER"), new NerChunk(1, 2, "LOC")], NerScore.Chunks(["B-PER", "I-LOC"], NerTagScheme.Iob2));
        Assert.Equal([new NerChunk(0, 2, "ORG"), new NerChunk(2, 3, "ORG")], NerScore.Chunks(["B-ORG", "I-ORG", "B-ORG"], NerTagScheme.Iob2));
        // IO: a maximal run of one type is one entity.
        Assert.Equal([new NerChunk(0, 2, "PER"), new NerChunk(3, 4, "LOC")], NerScore.Chunks(["PER", "PER", "O", "LOC"], NerTagScheme.IoBare));
    }

    [Fact]
    public void EntityLevelPrecisionRecallF1()
    {
        var score = new NerScore();
        // gold: PER[0,2) LOC[3,4) ORG[5,7); predicted: PER[0,2) ORG[3,4) ORG[5,6) → 1 of 3 correct either way.
        score.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"], ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"], NerTagScheme.Iob2);
        // gold: MISC[1,2); predicted: MISC[1,2) and PER[3,4) → 1 correct of 2 predicted.
        score.Add(["O", "B-MISC", "O", "O"], ["O", "B-MISC", "O", "B-PER"], NerTagScheme.Iob2);
        Assert.Equal(4, score.Overall.Gold);
        Assert.Equal(5, score.Overall.Predicted);
        Assert.Equal(2, score.Overall.Correct);
        Assert.Equal(0.4, score.Overall.Precision, 6);
        Assert.Equal(0.5, score.Overall.Recall, 6);
        Assert.Equal(2 * 0.4 * 0.5 / 0.9, score.Overall.F1, 6);
        Assert.Equal(0.5, score.Types["PER"].Precision, 6);
        Assert.Equal(1.0, score.Types["PER"].Recall, 6);
        Assert.Equal(0, score.Types["LOC"].F1);
        Assert.Equal((0, 2, 0), (score.Types["ORG"].Correct, score.Types["ORG"].Predicted, score.Types["ORG"].Correct));
        Assert.Equal(1.0, score.Types["MISC"].F1, 6);
        Assert.Equal(11, score.Tokens);
        Assert.Equal(8, score.CorrectTokens);
    }
}
