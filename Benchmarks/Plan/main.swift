// Improvement-plan speed (issue 15's targets), in a release build, on one thread:
//
//     Benchmarks/Plan/run.sh                      # generates the data, builds, runs everything
//     .build/release/plan-benchmarks [--margin P] DIR...
//
// Each DIR holds generated assessments of one rubric (their `rubric:` field names it). Every
// assessment is read once, then scored with its improvement plan, timed alone with
// ContinuousClock (and the thread's CPU time, printed beside it: on a busy machine the wall
// time includes waiting for a core); the time includes one plain scoring (a small part).
// Per rubric: median, 90th and 99th percentile and maximum, the share of plans proven
// least-cost and how many found a way to the tier, each beside its target:
// median ≤ 2 ms, p99 ≤ 20 ms, ≥ 99 % proven.
import Foundation
import ZhizaoKit

var arguments = Array(CommandLine.arguments.dropFirst())
var margin = ExactNumber.zero
if let flag = arguments.firstIndex(of: "--margin"), flag + 1 < arguments.count {
    guard let value = ExactNumber(decimal: arguments[flag + 1]) else {
        print("--margin takes a number")
        exit(2)
    }
    margin = value
    arguments.removeSubrange(flag...(flag + 1))
}
guard !arguments.isEmpty else {
    print("usage: plan-benchmarks [--margin P] DIR...  (one folder of generated assessments per rubric)")
    exit(2)
}

/// The q-quantile of sorted values (nearest rank).
func quantile(_ sorted: [Double], _ q: Double) -> Double {
    sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
}

func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }

/// CPU time of the calling thread: on a machine shared with other work the wall time of a plan
/// includes waiting for a core; this does not.
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

let clock = ContinuousClock()
let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)
let options = PlanOptions(margin: margin)
var allMet = true
#if DEBUG
let build = "DEBUG build: not comparable with the targets"
#else
let build = "release build"
#endif
print("Improvement plan, \(build), one thread, margin \(margin)")
for folder in arguments {
    let files = InputFinder.expand([folder], extensions: ["yaml"]).files.sorted()
    var read: [(Rubric, Assessment)] = []
    var rejected = 0
    for file in files {
        switch pipeline.process(path: file) {
        case .scored(let result): read.append((result.rubric, result.assessment))
        case .rejected: rejected += 1
        }
    }
    guard let rubric = read.first?.0 else {
        print("\(folder): no assessment could be read (\(rejected) rejected)")
        allMet = false
        continue
    }
    let scorer = Scorer(rubric: rubric)
    _ = scorer.score(read[0].1, plan: options)  // warm up
    var planMilliseconds: [Double] = []
    var plainMilliseconds: [Double] = []
    var cpuMilliseconds: [Double] = []
    var (plans, proven, found, reachable, raises) = (0, 0, 0, 0, 0)
    for (other, assessment) in read {
        guard other.id == rubric.id else { continue }
        let plainStart = clock.now
        _ = scorer.score(assessment, plan: nil)
        plainMilliseconds.append((clock.now - plainStart) / .milliseconds(1))
        let start = clock.now
        let cpuStart = threadCPUMilliseconds()
        let result = scorer.score(assessment, plan: options)
        planMilliseconds.append((clock.now - start) / .milliseconds(1))
        cpuMilliseconds.append(threadCPUMilliseconds() - cpuStart)
        guard let plan = result.plan else { continue }  // the top tier is achieved
        plans += 1
        if plan.proven { proven += 1 }
        if plan.found { found += 1 }
        if plan.reachable { reachable += 1 }
        raises += plan.raises.count
    }
    let sorted = planMilliseconds.sorted()
    let median = quantile(sorted, 0.5)
    let p99 = quantile(sorted, 0.99)
    let provenShare = plans == 0 ? 1 : Double(proven) / Double(plans)
    allMet = allMet && median <= 2 && p99 <= 20 && provenShare >= 0.99
    print("\(rubric.id) (\(rubric.indicators.count) indicators): \(planMilliseconds.count) assessments, \(rejected) rejected, \(plans) plans")
    print(String(format: "  score with plan, ms: median %7.3f   (target ≤ 2, %@)", median, verdict(median <= 2)))
    print(String(format: "                       p90    %7.3f", quantile(sorted, 0.9)))
    print(String(format: "                       p99    %7.3f   (target ≤ 20, %@)", p99, verdict(p99 <= 20)))
    print(String(format: "                       max    %7.3f", sorted.last ?? 0))
    let cpu = cpuMilliseconds.sorted()
    print(String(format: "  thread CPU time, ms: median %7.3f   p99 %7.3f   (the same plans; less sensitive to a busy machine)",
                 quantile(cpu, 0.5), quantile(cpu, 0.99)))
    print(String(format: "  plain scoring, ms:   median %7.3f   (included above)", quantile(plainMilliseconds.sorted(), 0.5)))
    print(String(format: "  proven least-cost: %5.1f %% of plans   (target ≥ 99 %%, %@)", provenShare * 100, verdict(provenShare >= 0.99)))
    print("  plans found: \(found) of \(plans); reachable (no blocker, no blank required answer): \(reachable); "
          + String(format: "%.1f raises per plan found", found == 0 ? 0 : Double(raises) / Double(found)))
}
print(allMet ? "every plan target met" : "some plan target MISSED")
