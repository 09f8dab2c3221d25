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

    @Test("a ratio does not take the sentence's metric")
    func ratioKeepsItsOwnMetric() {
        let (markup, found) = Run.abstract("It gains [[1.2% AP]] on COCO while running about [[9 times]] faster, with [[1.9x]] lower cost.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.metric) == ["AP", nil, nil])
    }

    @Test("an abbreviation the paper defines for a metric names that metric")
    func metricAbbreviation() {
        let (markup, found) = Run.abstract("It reaches a [[17.0%]] phoneme error rate (PER) on TIMIT and [[16.2% PER]] after rescoring.")
        expectEvidence(markup, found)
        #expect(found.claims.last?.metric == "PER")
    }

    @Test("numbers and datasets written as slash lists align in order")
    func slashListsAlign() {
        let (markup, found) = Run.abstract("We reach [[81.0%]]/[[83.5%]] top-1 accuracy on Kinetics-400/Kinetics-600.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.dataset) == ["Kinetics-400", "Kinetics-600"])
    }

    @Test("a dataset followed by its own numbers heads them, not the numbers before it")
    func datasetHeadsItsNumbers() {
        let (markup, found) = Run.abstract("Accuracy rises on SVAMP from [[20.0%]] to [[60.5%]] and GSM8K from [[11.0%]] to [[41.2%]].")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.dataset) == ["SVAMP", "SVAMP", "GSM8K", "GSM8K"])
    }

    @Test("a compared model's parenthesised score is its own")
    func comparedModelsOwnScore() {
        let (markup, found) = Run.abstract("ZetaNet reaches [[83.0%]] top-1 accuracy on ImageNet-1K, outperforming DeiT ([[81.8%]]).", title: "ZetaNet: Fast Vision")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["ZetaNet", "DeiT"])
    }

    @Test("a quoted previous best is no named model's")
    func previousBestHasNoModel() {
        let (markup, found) = Run.abstract("On ImageNet, ZetaNet attains a top-1 accuracy of [[84.0%]], above the previous record of [[83.1%]].", title: "ZetaNet: Fast Vision")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["ZetaNet", nil])
    }

    @Test("a backbone is not who achieves the number")
    func backboneIsNotTheAchiever() {
        let (markup, found) = Run.abstract("""
            Using Llama-2 as the backbone, our method achieves [[+2.0%]] accuracy on GSM8K. \
            Our ZetaNet with the vanilla ViT reaches [[85.0%]] on Kinetics-400.
            """, title: "ZetaNet: Fast Reasoning")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["ZetaNet", "ZetaNet"])
    }

    @Test("a model compared through \"such as\" is not the achiever; one with its own verb is")
    func comparedModelsAreNotAchievers() {
        let (markup, found) = Run.abstract("""
            ZetaNet surpasses instruction-tuned models such as Vicuna-13B by [[12%]] on BBH. \
            ZetaNet reaches [[91%]] pass@1 on HumanEval, surpassing the previous state-of-the-art GPT-4 that achieves [[80%]].
            """, title: "ZetaNet: Fast Reasoning")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["ZetaNet", "ZetaNet", "GPT-4"])
    }

    @Test("a unit inside a parenthesis does not carry out of it")
    func unitStaysInParenthesis() {
        let (markup, found) = Run.abstract("It pushes SQuAD F1 to [[93.2]] ([[1.5 point]] absolute improvement).")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.unit) == [nil, "points"])
    }

    @Test("the second number of a setting's range is a setting too")
    func settingRangeIsNotAClaim() {
        let (_, found) = Run.abstract("An extremely high masking ratio (i.e., 90% to 95%) still works.")
        #expect(found.claims.isEmpty)
    }

    @Test("\"winning rate\" is the win rate metric")
    func winningRate() {
        let (markup, found) = Run.abstract("The agent can achieve over [[93%]] winning rate against the built-in AI.")
        expectEvidence(markup, found)
        #expect(found.claims.first?.metric == "winning rate")
    }

    @Test("a relative improvement is relative; an absolute one is a delta")
    func relativeAndAbsoluteImprovements() {
        let (markup, found) = Run.abstract("It yields an [[18.6%]] relative improvement in WER on LibriSpeech and an absolute improvement of more than [[4.6%]] in accuracy.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.kind) == [.relative, .delta])
    }

    @Test("a score before a parenthesised gain is absolute, the gain a delta")
    func scoreThenParenthesisedGain() {
        let (markup, found) = Run.abstract("It pushes MultiNLI accuracy to [[86.7%]] ([[4.6%]] absolute improvement).")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.kind) == [.absolute, .delta])
    }

    @Test("a margin over a named model is a delta against that model")
    func marginOverModel() {
        let (markup, found) = Run.abstract("ZetaNet reaches an [[80.1%]] average score on GLUE, which is [[1.4%]] over BERT and [[2.0%]] over ELECTRA.", title: "ZetaNet: Fast Language")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.kind) == [.absolute, .delta, .delta])
        #expect(found.claims.map(\.baseline) == [nil, "BERT", "ELECTRA"])
    }

    @Test("numbers joined after \"by\" are all margins, in a metric's plural")
    func joinedMargins() {
        let (markup, found) = Run.abstract("On COCO, it outperforms ResNet-101 by [[3.7%]] and [[3.6%]] mAPs for detection and segmentation.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.kind) == [.delta, .delta])
        #expect(found.claims.map(\.metric) == ["mAP", "mAP"])
        #expect(found.claims.map(\.baseline) == ["ResNet-101", "ResNet-101"])
    }

    @Test("a dataset's name is not a change word (\"on DROP\")")
    func datasetNameIsNotAChange() {
        let (markup, found) = Run.abstract("It reaches [[81.0%]] on DROP, [[90.0%]] on OpenBookQA.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.kind) == [.absolute, .absolute])
    }

    @Test("a metric written before the first number names the others")
    func metricBeforeNamesAll() {
        let (markup, found) = Run.abstract("The final system achieved WERs of [[39.9%]] and [[41.6%]] on CHiME-5.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.metric) == ["WER", "WER"])
    }

    @Test("a number placed on an unknown name takes no dataset from an earlier sentence")
    func unknownPlaceBlocksCarry() {
        let (markup, found) = Run.abstract("We reach [[91.9 F1]] on CoNLL-2003. With more data, we reach [[93.5 F1]] on NER.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.dataset) == ["CoNLL-2003", nil])
    }

    @Test("a list of models before the verb aligns with the numbers")
    func modelListAligns() {
        let (markup, found) = Run.abstract("ViT-S/16, ViT-B/16, and ViT-L/16 achieve [[79.8%]], [[81.8%]], and [[83.1%]] top-1 accuracy on ImageNet-1K.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["ViT-S/16", "ViT-B/16", "ViT-L/16"])
    }

    @Test("a time unit leads to the metric after it")
    func timeUnitLeadsToMetric() {
        let (markup, found) = Run.abstract("It obtains [[83.3% accuracy]] with only [[7.0 ms]] latency on ImageNet.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.metric) == ["accuracy", "latency"])
    }

    @Test("an example of a setting is not a claim")
    func settingExample() {
        let (_, found) = Run.abstract("We find that masking a high proportion of the input image, e.g., 75%, yields a hard task.")
        #expect(found.claims.isEmpty)
    }

    @Test("a before-and-after pair in a parenthesis: the first is the improved model's, the second the improver's")
    func beforeAfterPair() {
        let (markup, found) = Run.abstract("ZetaNet improves HRNet-W32 by [[1.7 AP]] ([[73.5]] to [[75.2]]) on COCO.", title: "ZetaNet: Fast Pose")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == ["ZetaNet", "HRNet-W32", "ZetaNet"])
        #expect(found.claims.map(\.kind) == [.delta, .absolute, .absolute])
        #expect(found.claims.map(\.metric) == ["AP", "AP", "AP"])
        #expect(found.claims.first?.baseline == "HRNet-W32")
    }

    @Test("a quoted previous best covers its whole group")
    func quotedGroup() {
        let (markup, found) = Run.abstract("This compares to the previous state-of-the-art hybrid system at [[8.3%]]/[[17.3% WER]].", title: "ZetaNet: Fast Speech")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == [nil, nil])
    }

    @Test("a slash list of datasets aligns with a slash pair of numbers even when more datasets follow")
    func slashListFirst() {
        let (markup, found) = Run.abstract("We achieve [[7.2%]]/[[14.6%]] on the Switchboard/CallHome portion of the Hub5'00 test set.")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.dataset) == ["Switchboard", "CallHome"])
    }

    @Test("\"respectively\" aligns numbers with the datasets named before them")
    func respectivelyBefore() {
        let (markup, found) = Run.abstract("On two benchmarks (ALFWorld and WebShop), ZetaNet outperforms prior methods by [[34%]] and [[10%]] respectively.", title: "ZetaNet: Agents")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.dataset) == ["ALFWorld", "WebShop"])
    }

    @Test("the value a method raises is not the method's")
    func oldValueHasNoModel() {
        let (markup, found) = Run.abstract("ZetaNet helps, increasing the accuracy on SVAMP from [[20.1%]] to [[61.0%]].", title: "ZetaNet: Prompts")
        expectEvidence(markup, found)
        #expect(found.claims.map(\.model) == [nil, "ZetaNet"])
    }
}
