// The generic-model part of the C ABI (jnic_model_*): errors come back as -1 / NULL with a
// message in jnic_sim_last_error().
#include <cstring>
#include <string>

#include "abi.h"
#include "jnic_sim.h"
#include "model.h"

namespace jnic {

thread_local std::string last_error;

int fail(const std::string &message) {
    last_error = message;
    return -1;
}

}  // namespace jnic

using jnic::fail;
using jnic::last_error;

namespace {

int stream_port(const jnic::Model &m, const char *stream, const char *suffix, bool required, bool input,
                std::string &problem) {
    std::string name = std::string(stream) + suffix;
    int p = m.port_index(name);
    if (p < 0) {
        if (required) problem = "top " + m.top() + " has no port " + name;
        return -1;
    }
    if (m.ports()[static_cast<size_t>(p)].input != input) {
        problem = "port " + name + " of " + m.top() + " is an " + (input ? "output" : "input") + ", expected the other";
        return -1;
    }
    return p;
}

}  // namespace

extern "C" {

const char *jnic_sim_last_error(void) { return last_error.c_str(); }

const char *jnic_model_top_name(int index) {
    for (int i = 0; jnic::kTops[i] != nullptr; ++i)
        if (i == index) return jnic::kTops[i];
    return nullptr;
}

jnic_model *jnic_model_create(const char *top) {
    if (top == nullptr) {
        fail("no top name given");
        return nullptr;
    }
    try {
        auto m = jnic::create_model(top);
        if (!m) {
            fail(std::string("no top named ") + top + " in this library");
            return nullptr;
        }
        m->reset(2);
        jnic::Model *raw = m.get();
        return new jnic_model{std::move(m), raw};
    } catch (const std::exception &e) {
        fail(e.what());
        return nullptr;
    }
}

void jnic_model_destroy(jnic_model *m) {
    if (m != nullptr && m->owner) delete m;  // a world's station goes with its world
}

int jnic_model_port(const jnic_model *m, const char *name) {
    int p = m->model->port_index(name);
    return p >= 0 ? p : fail("top " + m->model->top() + " has no port " + name);
}

int jnic_model_port_count(const jnic_model *m) { return static_cast<int>(m->model->ports().size()); }

const char *jnic_model_port_name(const jnic_model *m, int port) {
    if (port < 0 || port >= jnic_model_port_count(m)) return nullptr;
    return m->model->ports()[static_cast<size_t>(port)].name.c_str();
}

int jnic_model_port_width(const jnic_model *m, int port) {
    if (port < 0 || port >= jnic_model_port_count(m)) return fail("no port " + std::to_string(port));
    return m->model->ports()[static_cast<size_t>(port)].width;
}

int jnic_model_port_is_input(const jnic_model *m, int port) {
    if (port < 0 || port >= jnic_model_port_count(m)) return fail("no port " + std::to_string(port));
    return m->model->ports()[static_cast<size_t>(port)].input ? 1 : 0;
}

int jnic_model_set(jnic_model *m, int port, uint64_t value) {
    if (jnic_model_port_is_input(m, port) != 1) return fail("port " + std::to_string(port) + " is not an input");
    m->model->set(port, value);
    return 0;
}

uint64_t jnic_model_get(const jnic_model *m, int port) {
    if (port < 0 || port >= jnic_model_port_count(m)) return 0;
    return m->model->get(port);
}

void jnic_model_reset(jnic_model *m, int cycles) { m->model->reset(cycles); }
uint64_t jnic_model_cycles(const jnic_model *m) { return m->model->cycles(); }

int jnic_model_drive(jnic_model *m, int port, const uint64_t *values, size_t count) {
    if (jnic_model_port_is_input(m, port) != 1) return fail("port " + std::to_string(port) + " is not an input");
    m->model->drivers.push_back(jnic::Driver{port, std::vector<uint64_t>(values, values + count)});
    return static_cast<int>(m->model->drivers.size() - 1);
}

int jnic_model_record(jnic_model *m, int port) {
    if (port < 0 || port >= jnic_model_port_count(m)) return fail("no port " + std::to_string(port));
    m->model->recorders.push_back(jnic::Recorder{port, {}});
    return static_cast<int>(m->model->recorders.size() - 1);
}

size_t jnic_model_recorded(jnic_model *m, int recorder, uint64_t *out, size_t capacity) {
    if (recorder < 0 || static_cast<size_t>(recorder) >= m->model->recorders.size()) return 0;
    std::vector<uint64_t> &v = m->model->recorders[static_cast<size_t>(recorder)].values;
    size_t n = v.size() < capacity ? v.size() : capacity;
    std::memcpy(out, v.data(), n * sizeof(uint64_t));
    v.erase(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
    return n;
}

int jnic_model_source(jnic_model *m, const char *stream, const uint8_t *gaps, size_t gap_count) {
    const jnic::Model &model = *m->model;
    std::string problem;
    jnic::Source s;
    s.valid = stream_port(model, stream, "Valid", true, true, problem);
    s.data = stream_port(model, stream, "Data", true, true, problem);
    s.ready = stream_port(model, stream, "Ready", false, false, problem);
    s.last = stream_port(model, stream, "Last", false, true, problem);
    s.rewind = stream_port(model, stream, "Rewind", false, false, problem);
    s.discard = stream_port(model, stream, "Discard", false, false, problem);
    if (!problem.empty() || s.valid < 0 || s.data < 0) return fail(problem);
    s.gaps.assign(gaps, gaps + gap_count);
    m->model->sources.push_back(std::move(s));
    return static_cast<int>(m->model->sources.size() - 1);
}

int jnic_model_source_push(jnic_model *m, int source, const uint64_t *data, const uint8_t *last, size_t count) {
    if (source < 0 || static_cast<size_t>(source) >= m->model->sources.size()) return fail("no such source");
    jnic::Source &s = m->model->sources[static_cast<size_t>(source)];
    for (size_t i = 0; i < count; ++i) s.items.emplace_back(data[i], last[i] != 0);
    return 0;
}

size_t jnic_model_source_pending(const jnic_model *m, int source) {
    if (source < 0 || static_cast<size_t>(source) >= m->model->sources.size()) return 0;
    return m->model->sources[static_cast<size_t>(source)].items.size();
}

int jnic_model_sink(jnic_model *m, const char *stream, const uint8_t *ready_pattern, size_t pattern_count) {
    const jnic::Model &model = *m->model;
    std::string problem;
    jnic::Sink k;
    k.valid = stream_port(model, stream, "Valid", true, false, problem);
    k.data = stream_port(model, stream, "Data", true, false, problem);
    k.ready = stream_port(model, stream, "Ready", false, true, problem);
    k.last = stream_port(model, stream, "Last", false, false, problem);
    if (!problem.empty() || k.valid < 0 || k.data < 0) return fail(problem);
    if (k.ready < 0 && pattern_count > 0)
        return fail(std::string("stream ") + stream + " has no Ready port to pattern");
    k.readyPattern.assign(ready_pattern, ready_pattern + pattern_count);
    m->model->sinks.push_back(std::move(k));
    return static_cast<int>(m->model->sinks.size() - 1);
}

size_t jnic_model_sink_take(jnic_model *m, int sink, uint64_t *data, uint8_t *last, uint64_t *cycle, size_t capacity) {
    if (sink < 0 || static_cast<size_t>(sink) >= m->model->sinks.size()) return 0;
    jnic::Sink &k = m->model->sinks[static_cast<size_t>(sink)];
    size_t n = k.data_out.size() < capacity ? k.data_out.size() : capacity;
    for (size_t i = 0; i < n; ++i) {
        data[i] = k.data_out[i];
        last[i] = k.last_out[i];
        cycle[i] = k.cycle_out[i];
    }
    k.data_out.erase(k.data_out.begin(), k.data_out.begin() + static_cast<std::ptrdiff_t>(n));
    k.last_out.erase(k.last_out.begin(), k.last_out.begin() + static_cast<std::ptrdiff_t>(n));
    k.cycle_out.erase(k.cycle_out.begin(), k.cycle_out.begin() + static_cast<std::ptrdiff_t>(n));
    return n;
}

int jnic_model_sink_status(jnic_model *m, int sink, int port) {
    if (sink < 0 || static_cast<size_t>(sink) >= m->model->sinks.size()) return fail("no such sink");
    if (port < 0 || port >= jnic_model_port_count(m)) return fail("no port " + std::to_string(port));
    jnic::Sink &k = m->model->sinks[static_cast<size_t>(sink)];
    k.status_ports.push_back(port);
    k.status_out.emplace_back();
    return static_cast<int>(k.status_ports.size() - 1);
}

size_t jnic_model_sink_take_status(jnic_model *m, int sink, int status, uint64_t *out, size_t capacity) {
    if (sink < 0 || static_cast<size_t>(sink) >= m->model->sinks.size()) return 0;
    jnic::Sink &k = m->model->sinks[static_cast<size_t>(sink)];
    if (status < 0 || static_cast<size_t>(status) >= k.status_out.size()) return 0;
    std::vector<uint64_t> &v = k.status_out[static_cast<size_t>(status)];
    size_t n = v.size() < capacity ? v.size() : capacity;
    std::memcpy(out, v.data(), n * sizeof(uint64_t));
    v.erase(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
    return n;
}

uint64_t jnic_model_run(jnic_model *m, uint64_t max_cycles, int stop_sink, uint64_t stop_packets) {
    if (stop_sink >= static_cast<int>(m->model->sinks.size())) stop_sink = -1;
    return m->model->run(max_cycles, stop_sink, stop_packets);
}

}  // extern "C"
