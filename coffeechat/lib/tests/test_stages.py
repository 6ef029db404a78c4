from django.test import SimpleTestCase
from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib import stages

any_stage = st.sampled_from(stages.ALL)
stage_or_junk = st.one_of(any_stage, st.text(max_size=30))


class CheckMoveTests(SimpleTestCase):
    @given(stage_or_junk, stage_or_junk)
    def test_it_never_raises_and_always_explains_a_refusal(self, current, target):
        move = stages.check_move(current, target)
        self.assertIsInstance(move, stages.Move)
        if move.allowed:
            self.assertEqual(move.reason, "")
        else:
            self.assertTrue(move.reason.strip())

    @given(st.text(max_size=30).filter(lambda s: s not in stages.ALL), any_stage)
    def test_unknown_stages_are_refused_either_way(self, junk, stage):
        self.assertFalse(stages.check_move(junk, stage).allowed)
        self.assertFalse(stages.check_move(stage, junk).allowed)

    @given(any_stage)
    def test_staying_put_is_not_a_move(self, stage):
        move = stages.check_move(stage, stage)
        self.assertFalse(move.allowed)
        self.assertIn(stages.LABELS[stage], move.reason)

    @given(any_stage, st.sampled_from(stages.MAIN_LINE))
    def test_any_main_line_stage_can_be_reached_from_any_other_stage(self, current, target):
        self.assertEqual(stages.check_move(current, target).allowed, current != target)

    def test_a_host_cannot_decline_once_you_have_met(self):
        for stage in (stages.MET, stages.THANKED, stages.KEEPING_IN_TOUCH):
            move = stages.check_move(stage, stages.DECLINED)
            self.assertFalse(move.allowed)
            self.assertIn("cannot be marked “Declined”", move.reason)
        for stage in (stages.IDEA, stages.REQUESTED, stages.SCHEDULED, stages.NO_REPLY, stages.ON_HOLD):
            self.assertTrue(stages.check_move(stage, stages.DECLINED).allowed, stage)

    def test_no_reply_needs_a_request(self):
        allowed = {s for s in stages.ALL if stages.check_move(s, stages.NO_REPLY).allowed}
        self.assertEqual(allowed, {stages.REQUESTED, stages.ON_HOLD})

    def test_anything_can_go_on_hold(self):
        allowed = {s for s in stages.ALL if stages.check_move(s, stages.ON_HOLD).allowed}
        self.assertEqual(allowed, set(stages.ALL) - {stages.ON_HOLD})


class AllowedTargetsTests(SimpleTestCase):
    @given(stage_or_junk)
    def test_it_never_contains_the_current_stage(self, current):
        self.assertNotIn(current, stages.allowed_targets(current))

    @given(stage_or_junk)
    def test_it_is_exactly_the_stages_check_move_allows_in_order(self, current):
        targets = stages.allowed_targets(current)
        for target in targets:
            self.assertTrue(stages.check_move(current, target).allowed, (current, target))
        for target in set(stages.ALL) - set(targets):
            self.assertFalse(stages.check_move(current, target).allowed, (current, target))
        self.assertEqual(targets, sorted(targets, key=stages.ALL.index))

    @given(st.text(max_size=30).filter(lambda s: s not in stages.ALL))
    def test_an_unknown_stage_has_nowhere_to_go(self, junk):
        self.assertEqual(stages.allowed_targets(junk), [])

    @given(any_stage)
    def test_the_natural_next_step_is_always_allowed(self, current):
        following = stages.next_stage(current)
        if following is not None:
            self.assertIn(following, stages.allowed_targets(current))


class NextStageTests(SimpleTestCase):
    def test_it_walks_the_main_line_to_the_end(self):
        walked, stage = [], stages.IDEA
        while stage is not None:
            walked.append(stage)
            stage = stages.next_stage(stage)
            self.assertLessEqual(len(walked), len(stages.ALL), "next_stage loops")
        self.assertEqual(walked, stages.MAIN_LINE)
        self.assertEqual(walked[-1], stages.KEEPING_IN_TOUCH)

    @given(st.one_of(st.sampled_from(stages.SIDE_EXITS), st.text(max_size=30)))
    def test_side_exits_and_junk_have_no_next_stage(self, stage):
        if stage not in stages.MAIN_LINE:
            self.assertIsNone(stages.next_stage(stage))

    def test_every_stage_has_a_label_and_a_next_step(self):
        self.assertEqual(set(stages.LABELS), set(stages.ALL))
        self.assertEqual(set(stages.NEXT_STEP), set(stages.ALL))
        self.assertEqual(len(stages.ALL), len(set(stages.ALL)))

    def test_only_the_main_line_is_active(self):
        self.assertEqual([s for s in stages.ALL if stages.is_active(s)], stages.MAIN_LINE)
