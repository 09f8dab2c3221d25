import Testing
@testable import ClaimGraphExtraction

@Suite("Datasets")
struct DatasetTests {
    @Test("an alias in the lexicon resolves to the canonical name")
    func aliasResolves() {
        let (markup, found) = Run.abstract("We report results on the [[MS COCO]] detection benchmark.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("COCO") != nil)
    }

    @Test("an abbreviation with a lower-case long form names a dataset when a dataset noun follows it")
    func abbreviationBeforeBenchmarkIsADataset() {
        let (markup, found) = Run.abstract("We gain 1.1% on the general language understanding evaluation ([[GLUE]]) benchmark.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("GLUE")?.role == .evaluated)
    }

    @Test("plain ImageNet stays ImageNet; ImageNet-1K only when the text says 1K")
    func imageNetIsNotImageNet1K() {
        let (markup, found) = Run.abstract("Our model reaches 80.1% top-1 accuracy on [[ImageNet]] and 81.0% on [[ImageNet-1K]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(Set(found.datasets.map(\.name)) == ["ImageNet", "ImageNet-1K"])
    }

    @Test("variants of a dataset stay distinct from it")
    func variantsStayDistinct() {
        let (markup, found) = Run.abstract("We test robustness on [[ImageNet-R]], [[ImageNet-A]] and [[ImageNet-V2]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("ImageNet") == nil)
        #expect(Set(found.datasets.map(\.name)).isSuperset(of: ["ImageNet-R", "ImageNet-A"]))
    }

    @Test("CIFAR-10 and CIFAR-100 are different datasets")
    func cifarStaysApart() {
        let (_, found) = Run.abstract("Experiments on CIFAR-10 and CIFAR100 show gains.")
        #expect(Set(found.datasets.map(\.name)) == ["CIFAR-10", "CIFAR-100"])
    }

    @Test("a misspelt known name resolves to it")
    func misspellingResolves() {
        let (markup, found) = Run.abstract("It achieves 87.1% on [[Kinectics-400]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("Kinetics-400") != nil)
    }

    @Test("a short name is not matched by edit distance")
    func shortNamesDoNotFuzzyMatch() {
        let (_, found) = Run.abstract("We evaluate the General model on Genera.")
        #expect(found.datasets.isEmpty)
    }

    @Test("spacing and hyphen variants of a known name resolve to it")
    func spacingVariantsResolve() {
        let (markup, found) = Run.abstract("Results on [[UCF- 101]] and [[HMDB-51]] are reported.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(Set(found.datasets.map(\.name)) == ["UCF101", "HMDB51"])
    }

    @Test("a slash list expands to each dataset it abbreviates")
    func slashListExpands() {
        let (_, found) = Run.abstract("It leads on visual grounding (RefCOCO/+/g).")
        #expect(Set(found.datasets.map(\.name)) == ["RefCOCO", "RefCOCO+", "RefCOCOg"])
    }

    @Test("a trailing plus names another benchmark; a plus between words joins two names")
    func plusVariants() {
        let (markup, found) = Run.abstract("It surpasses StarCoder2-3B on [[HumanEval+]] and [[HumanEval]], and on [[NTU RGB+D]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(Set(found.datasets.map(\.name)) == ["HumanEval+", "HumanEval", "NTU RGB+D"])
    }

    @Test("\"X-trained\" mentions X with role trained")
    func adjectiveMeansTrained() {
        let (markup, found) = Run.abstract("The default option was an [[ImageNet]]-trained convolutional network.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("ImageNet")?.role == .trained)
    }

    @Test("an unseen name followed by \"dataset\" is a dataset")
    func nameBeforeDatasetNoun() {
        let (markup, found) = Run.abstract("We pretrain on the synthetic [[Zorblat3D]] dataset, which is large.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
    }

    @Test("unseen names listed after \"evaluated on\" are datasets, evaluated")
    func evaluatedOnList() {
        let (markup, found) = Run.abstract("The method is evaluated on [[QuuxQA]], [[FlimBench]] and [[ZorkSet]], where it improves accuracy.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.datasets.allSatisfy { $0.role == .evaluated })
    }

    @Test("a name ending in Bench is a benchmark")
    func benchSuffixIsBenchmark() {
        let (markup, found) = Run.abstract("We thoroughly evaluate it on [[IDEA-Bench]] arXiv:2412.11767.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("IDEA-Bench")?.type == .benchmark)
    }

    @Test("\"we introduce X, a dataset of ...\" introduces X")
    func introducedInAbstract() {
        let (markup, found) = Run.abstract("We introduce [[FlorpNet-5K]], a new dataset of 5,000 annotated scenes.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.datasets.first?.role == .introduced)
    }

    @Test("the paper's named dataset in the title is introduced")
    func introducedInTitle() {
        let (markup, found) = Run.title("[[MULAN]]: A Multi Layer Annotated Dataset for Controllable Generation")
        #expect(Markup.spans(of: found.datasetMentions, in: .title) == markup.spans)
        #expect(found.datasets.first?.role == .introduced)
        #expect(found.models.isEmpty)
    }

    @Test("a split after a dataset is read as the claim's split")
    func splitIsRead() {
        let (_, found) = Run.abstract("Our detector achieves 59.4% box AP on COCO test-dev.")
        #expect(found.claims.first?.split == "test-dev")
        #expect(found.claims.first?.dataset == "COCO")
    }

    @Test("a lower-case word is not an upper-case dataset name")
    func caseMatters() {
        let (_, found) = Run.abstract("We study math word problems and the glue between modules.")
        #expect(found.datasets.isEmpty)
    }

    @Test("an apostrophe inside a name joins it")
    func apostropheInsideName() {
        let (markup, found) = Run.abstract("Scores improve on [[Montezuma's Revenge]] and on the [[Hub5'00]] evaluation set.")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(Set(found.datasets.map(\.name)) == ["Atari 2600 Montezuma's Revenge", "Hub5'00"])
    }

    @Test("ESC-10 and ESC-50 are two datasets")
    func escSubsetsAreDistinct() {
        let (markup, found) = Run.abstract("Accuracy is 90.1% on [[ESC-10]] and 85.0% on [[ESC-50]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.claims.map(\.dataset) == ["ESC-10", "ESC-50"])
    }

    @Test("a name the lexicon has as a model, listed between datasets, is a dataset")
    func modelNameInDatasetList() {
        let (markup, found) = Run.abstract("It sets new results on [[WSC]] (91.0%), [[DPR]] (92.5%), and [[COPA]] (88.0%).")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.model("DPR") == nil)
        #expect(found.claims.map(\.dataset) == ["WSC", "DPR", "COPA"])
        #expect(found.claims.allSatisfy { $0.model == nil })
    }

    @Test("a capital after a hyphen is the name's own capital (\"Something-Something v2\")")
    func capitalAfterHyphen() {
        let (markup, found) = Run.abstract("It reaches 69.6 top-1 accuracy on [[Something-Something v2]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.claims.first?.dataset == "Something-Something V2")
    }

    @Test("a plural dataset noun names the list after it when the list holds a known dataset")
    func datasetsNounNamesList() {
        let (markup, found) = Run.abstract("Experiments are conducted on the public datasets [[AISHELL-1]] and [[ZHUDATA]].")
        #expect(Markup.spans(of: found.datasetMentions) == markup.spans)
        #expect(found.dataset("ZHUDATA")?.role == .evaluated)
    }
}
