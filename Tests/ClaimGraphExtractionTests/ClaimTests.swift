import Testing
@testable import ClaimGraphExtraction

/// Claims: `[[...]]` marks the number (with its unit) each claim must come from.
@Suite("Claims")
struct ClaimTests {
    /// The marked numbers each lie inside their claim's evidence span.
    private func expectEvidence(_ markup: Markup, _ found: PaperExtraction, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(found.claims.count == markup.spans.count, sourceLocation: sourceLocation)
        for (claim, span) in zip(found.claims, markup.spans) {
            #expect(claim.evidenceStart <= span.start && span.end <= claim.evidenceEnd, "\(claim.evidence) should hold \(span)", sourceLocation: sourceLocation)
            let scalars = Array(markup.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[claim.evidenceStart..<claim.evidenceEnd])) == claim.evidence, sourceLocation: sourceLocation)
        }
    }

    @Test("a score binds to its metric, dataset and model")
    func absoluteScore() {
        let (markup, found) = Run.abstract("In particular, our approach achieves a top-1 accuracy of [[87.1%]] on Kinetics-400.", title: "X-CLIP: Video Recognition")
        expectEvidence(markup, found)
        let claim = found.claims.first
        #expect(claim?.value == 87.1)
        #expect(claim?.unit == "%")
        #expect(claim?.kind == .absolute)
        #expect(claim?.metric?.contains("accuracy") == true)
        #expect(claim?.dataset == "Kinetics-400")
        #expect(claim?.model == "X-CLIP")
    }

    @Test("a signed number is a delta in its metric")
    func signedDelta() {
        let (markup, found) = Run.abstract("It outperforms prior methods with [[+2.3 mIoU]] on S3DIS.")
        expectEvidence(markup, found)
        #expect(found.claims.first?.kind == .delta)
        #expect(found.claims.first?.metric == "mIoU")
        #expect(found.claims.first?.dataset == "S3DIS")
    }

    @Test("\"outperforms X by N%\" names X as the baseline")
    func baselineOfDelta() {
        let (markup, found) = Run.abstract("Our model outperforms BERT-base by [[0.4%]] accuracy.")
        expectEvidence(markup, found)
        #expect(found.claims.first?.baseline == "BERT-base")
        #expect(found.claims.first?.kind == .delta)
    }

    @Test("improvements and speed-ups are relative")
    func relativeClaims() {
        let (markup, found) = Run.abstract("This gives a [[12%]] improvement and is [[2x]] faster at inference.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.kind) == [.relative, .relative])
        #expect(found.claims.last?.unit == "x")
    }

    @Test("a range gives value and value_max")
    func rangeClaim() {
        let (markup, found) = Run.abstract("Our method surpasses existing methods by approximately [[3% to 16%]] in visual quality.")
        expectEvidence(markup, found)
        #expect(found.claims.first?.value == 3)
        #expect(found.claims.first?.valueMax == 16)
    }

    @Test("\"A vs. B\" is two claims")
    func pairClaims() {
        let (markup, found) = Run.abstract("It surpasses the human baseline on SuperGLUE by [[+0.8%]] ([[90.6%]] vs. [[89.8%]]).")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.value) == [0.8, 90.6, 89.8])
    }

    @Test("a \"|\" list of numbers aligns with a \"|\" list of models")
    func pipeAlignedLists() {
        let (markup, found) = Run.abstract("Our method gets [[75.15%]]|[[82.03%]] top-1 accuracies for MobileNet-V1|ResNet-50 models trained on ImageNet-1K.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["MobileNet-V1", "ResNet-50"])
        #expect(found.claims.allSatisfy { $0.dataset == "ImageNet-1K" })
    }

    @Test("\"respectively\" aligns numbers with datasets")
    func respectivelyAligns() {
        let (markup, found) = Run.abstract("It surpasses the prior state-of-the-art by [[1.3%]] and [[3.6%]] in accuracy on CIFAR100 and ImageNet-R datasets, respectively.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.dataset) == ["CIFAR-100", "ImageNet-R"])
    }

    @Test("numbers before a metric list share it in order")
    func metricListAligns() {
        let (markup, found) = Run.abstract("The images achieve more than [[6.54]] and [[1.07]] decrease in FID and sFID on ImageNet.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.metric) == ["FID", "sFID"])
    }

    @Test("a number broken across a line break is one number")
    func lineBreak() {
        let (markup, found) = Run.abstract("Our model achieves [[59.\n4% box AP]] on COCO.")
        expectEvidence(markup, found)
        #expect(found.claims.first?.value == 59.4)
    }

    @Test("LaTeX residue does not hide a number")
    func latexResidue() {
        let (markup, found) = Run.abstract("TTM shows accuracy gains ([[12-38\\%]]) and a merely [[$\\sim$0.6 point]] decrease.")
        expectEvidence(markup, found)
        #expect(found.claims.first?.valueMax == 38)
        #expect(found.claims.last?.value == 0.6)
    }

    @Test("sizes, counts, dates and hyper-parameters are not claims")
    func nonClaims() {
        let (_, found) = Run.abstract("""
            In 2023 we trained a 7B model with 530 billion parameters on 19 downstream tasks in 50 languages, \
            using a learning rate of 0.001, 0.6% of the trainable parameters and 7.5x fewer parameters.
            """)
        #expect(found.claims.isEmpty)
    }

    @Test("the setting of a claim is read from its sentence")
    func settingIsRead() {
        let (_, found) = Run.abstract("In zero-shot experiments, our approach surpasses the state of the art by +7.6% in top-1 accuracy.")
        #expect(found.claims.first?.setting == "zero-shot")
        #expect(found.claims.first?.dataset == nil)
    }

    @Test("saved FLOPs are a claim; trainable parameters are not")
    func savedCompute() {
        let (_, found) = Run.abstract("It uses only 45.4M trainable parameters, saving at least 35.4G FLOPs.")
        #expect(found.claims.map(\.value) == [35.4])
        #expect(found.claims.first?.metric == "FLOPs")
    }
}
